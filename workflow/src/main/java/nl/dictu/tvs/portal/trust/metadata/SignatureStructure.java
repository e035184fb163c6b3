package nl.dictu.tvs.portal.trust.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The shape a signed metadata document must have before any cryptography runs. These rules close the
 * signature wrapping attacks: one EntityDescriptor as root and none nested (or, for cluster metadata, one
 * EntitiesDescriptor as root with EntityDescriptors as its direct children only, signed as a whole), a root ID
 * that occurs once in the whole document, exactly one signature and that a direct child of the root, one
 * Reference pointing at the root, only the enveloped and exclusive c14n transforms, strong algorithms, and no
 * comments inside the signed content (canonicalisation drops them, so they could split a value without
 * breaking the signature).
 */
final class SignatureStructure {

    private static final Set<String> ID_ATTRIBUTE_NAMES = Set.of("ID", "Id", "id");
    private static final Set<String> ALLOWED_TRANSFORMS = Set.of(SamlNames.ENVELOPED, SamlNames.EXC_C14N);

    private SignatureStructure() {
    }

    /** The first rule the document breaks, or empty when its signature may be verified. */
    static Optional<Finding> check(Document document) {
        Element root = document.getDocumentElement();
        boolean cluster = Dom.is(root, SamlNames.MD, "EntitiesDescriptor");
        if (!cluster && !Dom.is(root, SamlNames.MD, "EntityDescriptor")) {
            return Optional.of(Finding.of(FindingCode.METADATA_ROOT_NOT_ENTITY_DESCRIPTOR, qualified(root))
                    .withEvidence("rootElement", qualified(root)));
        }
        String id = root.getAttributeNS(null, "ID");
        Survey survey = Survey.of(root, id, cluster);
        if (survey.nestedEntities) {
            return Optional.of(Finding.of(FindingCode.METADATA_NESTED_ENTITY_DESCRIPTOR));
        }
        if (cluster && !survey.signatures.isEmpty() && survey.signatures.stream().noneMatch(s -> s.getParentNode() == root)) {
            // A wrapper around signed entities: whoever made it could add any entity beside them.
            return Optional.of(Finding.of(FindingCode.METADATA_ROOT_IS_ENTITIES_DESCRIPTOR));
        }
        if (id.isBlank()) {
            return Optional.of(Finding.of(FindingCode.METADATA_ID_MISSING));
        }
        if (survey.idOccurrences != 1) {
            return Optional.of(Finding.of(FindingCode.METADATA_ID_DUPLICATE, id, survey.idOccurrences).withEvidence("id", id));
        }
        List<Element> signatures = survey.signatures;
        if (signatures.isEmpty()) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_MISSING));
        }
        if (signatures.size() > 1) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_MULTIPLE, signatures.size()));
        }
        Element signature = signatures.get(0);
        if (signature.getParentNode() != root) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_NOT_ON_ROOT, qualified((Element) signature.getParentNode())));
        }
        Optional<Finding> comment = survey.comment
                ? Optional.of(Finding.of(FindingCode.METADATA_COMMENT_IN_SIGNED_CONTENT)) : Optional.empty();
        return signedInfo(signature, id).or(() -> comment);
    }

    private static Optional<Finding> signedInfo(Element signature, String id) {
        Optional<Element> signedInfo = Dom.child(signature, SamlNames.DS, "SignedInfo");
        if (signedInfo.isEmpty()) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_REFERENCE_INVALID, "-", id));
        }
        List<Element> references = Dom.children(signedInfo.get(), SamlNames.DS, "Reference");
        String uri = references.size() == 1 ? references.get(0).getAttributeNS(null, "URI") : "-";
        if (references.size() != 1 || !uri.equals("#" + id)) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_REFERENCE_INVALID, uri, id)
                    .withEvidence("referenceUri", uri).withEvidence("rootId", id));
        }
        Element reference = references.get(0);
        String canonicalization = algorithm(signedInfo.get(), "CanonicalizationMethod");
        List<String> transforms = Dom.child(reference, SamlNames.DS, "Transforms")
                .map(t -> Dom.children(t, SamlNames.DS, "Transform").stream().map(e -> e.getAttributeNS(null, "Algorithm")).toList())
                .orElse(List.of());
        if (!SamlNames.EXC_C14N.equals(canonicalization) || !transforms.contains(SamlNames.ENVELOPED)
                || !ALLOWED_TRANSFORMS.containsAll(transforms) || transforms.size() > ALLOWED_TRANSFORMS.size()) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_TRANSFORM_NOT_ALLOWED)
                    .withEvidence("canonicalization", canonicalization).withEvidence("transforms", String.join(" ", transforms)));
        }
        String signatureMethod = algorithm(signedInfo.get(), "SignatureMethod");
        String digestMethod = algorithm(reference, "DigestMethod");
        if (!SamlNames.STRONG_SIGNATURE_METHODS.contains(signatureMethod) || !SamlNames.STRONG_DIGEST_METHODS.contains(digestMethod)) {
            return Optional.of(Finding.of(FindingCode.METADATA_SIGNATURE_ALGORITHM_WEAK, signatureMethod, digestMethod)
                    .withEvidence("signatureMethod", signatureMethod).withEvidence("digestMethod", digestMethod));
        }
        return Optional.empty();
    }

    private static String algorithm(Element parent, String child) {
        return Dom.child(parent, SamlNames.DS, child).map(e -> e.getAttributeNS(null, "Algorithm")).orElse("-");
    }

    /**
     * What the rules need from the whole tree below the root, gathered in one walk: nested entity
     * descriptors, how often the root's ID occurs as an ID-like attribute, the signatures, and comments.
     */
    private static final class Survey {

        private final String id;
        /** The element whose EntityDescriptor children are members (a cluster's root), or null. */
        private final Element clusterRoot;
        private final List<Element> signatures = new ArrayList<>();
        private boolean nestedEntities;
        private int idOccurrences;
        private boolean comment;

        private Survey(String id, Element clusterRoot) {
            this.id = id;
            this.clusterRoot = clusterRoot;
        }

        static Survey of(Element root, String id, boolean cluster) {
            Survey survey = new Survey(id, cluster ? root : null);
            survey.countIds(root);
            survey.walk(root);
            return survey;
        }

        private void walk(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.COMMENT_NODE) {
                    comment = true;
                } else if (child instanceof Element element) {
                    boolean member = parent == clusterRoot && Dom.is(element, SamlNames.MD, "EntityDescriptor");
                    if (!member && (Dom.is(element, SamlNames.MD, "EntityDescriptor") || Dom.is(element, SamlNames.MD, "EntitiesDescriptor"))) {
                        nestedEntities = true;
                    } else if (Dom.is(element, SamlNames.DS, "Signature")) {
                        signatures.add(element);
                    }
                    countIds(element);
                    walk(element);
                }
            }
        }

        private void countIds(Element element) {
            if (id.isBlank() || !element.hasAttributes()) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                if (ID_ATTRIBUTE_NAMES.contains(name) && id.equals(attribute.getValue())) {
                    idOccurrences++;
                }
            }
        }
    }

    private static String qualified(Element element) {
        return "{" + element.getNamespaceURI() + "}" + element.getLocalName();
    }
}
