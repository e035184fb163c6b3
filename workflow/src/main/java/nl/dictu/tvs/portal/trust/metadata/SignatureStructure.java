package nl.dictu.tvs.portal.trust.metadata;

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
 * signature wrapping attacks: one EntityDescriptor as root and none nested, a root ID that occurs once in
 * the whole document, exactly one signature and that a direct child of the root, one Reference pointing at
 * the root, only the enveloped and exclusive c14n transforms, strong algorithms, and no comments inside the
 * signed content (canonicalisation drops them, so they could split a value without breaking the signature).
 */
final class SignatureStructure {

    private static final Set<String> ID_ATTRIBUTE_NAMES = Set.of("ID", "Id", "id");
    private static final Set<String> ALLOWED_TRANSFORMS = Set.of(SamlNames.ENVELOPED, SamlNames.EXC_C14N);

    private SignatureStructure() {
    }

    /** The first rule the document breaks, or empty when its signature may be verified. */
    static Optional<Finding> check(Document document) {
        Element root = document.getDocumentElement();
        if (Dom.is(root, SamlNames.MD, "EntitiesDescriptor")) {
            return Optional.of(Finding.of(FindingCode.METADATA_ROOT_IS_ENTITIES_DESCRIPTOR));
        }
        if (!Dom.is(root, SamlNames.MD, "EntityDescriptor")) {
            return Optional.of(Finding.of(FindingCode.METADATA_ROOT_NOT_ENTITY_DESCRIPTOR, qualified(root))
                    .withEvidence("rootElement", qualified(root)));
        }
        if (!Dom.descendants(root, SamlNames.MD, "EntityDescriptor").isEmpty()
                || !Dom.descendants(root, SamlNames.MD, "EntitiesDescriptor").isEmpty()) {
            return Optional.of(Finding.of(FindingCode.METADATA_NESTED_ENTITY_DESCRIPTOR));
        }
        String id = root.getAttributeNS(null, "ID");
        if (id.isBlank()) {
            return Optional.of(Finding.of(FindingCode.METADATA_ID_MISSING));
        }
        int occurrences = countIdAttributes(root, id);
        if (occurrences != 1) {
            return Optional.of(Finding.of(FindingCode.METADATA_ID_DUPLICATE, id, occurrences).withEvidence("id", id));
        }
        List<Element> signatures = Dom.descendants(root, SamlNames.DS, "Signature");
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
        return signedInfo(signature, id).or(() -> comments(root));
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

    private static Optional<Finding> comments(Element root) {
        return hasComment(root) ? Optional.of(Finding.of(FindingCode.METADATA_COMMENT_IN_SIGNED_CONTENT)) : Optional.empty();
    }

    private static boolean hasComment(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.COMMENT_NODE || hasComment(child)) {
                return true;
            }
        }
        return false;
    }

    private static int countIdAttributes(Element element, String id) {
        int count = 0;
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (ID_ATTRIBUTE_NAMES.contains(name) && id.equals(attribute.getValue())) {
                count++;
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                count += countIdAttributes(childElement, id);
            }
        }
        return count;
    }

    private static String qualified(Element element) {
        return "{" + element.getNamespaceURI() + "}" + element.getLocalName();
    }
}
