package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A role-agnostic view of metadata whose signature holds. Everything is read from the element Santuario
 * verified, by walking down from it; nothing is looked up by ID or from the document as a whole.
 */
public final class VerifiedMetadata {

    private final Element root;
    private final X509Certificate signer;
    private final List<X509Certificate> parsed;

    /** {@code parsed}: the metadata's certificates the verification parsed already (the signer among them). */
    VerifiedMetadata(Element root, X509Certificate signer, List<X509Certificate> parsed) {
        this.root = root;
        this.signer = signer;
        this.parsed = List.copyOf(parsed);
    }

    /** The verified element itself (an EntityDescriptor, or a cluster's EntitiesDescriptor), for the rules. */
    Element element() {
        return root;
    }

    /** Whether this is cluster metadata (§8.4): an EntitiesDescriptor with the supplier's and the DVs' entities. */
    public boolean isCluster() {
        return ClusterMembers.isCluster(root);
    }

    /** For cluster metadata, each entity inside it, read under the same verified signature; otherwise empty. */
    public List<VerifiedMetadata> entities() {
        if (!isCluster()) {
            return List.of();
        }
        return ClusterMembers.members(root).stream().map(entity -> new VerifiedMetadata(entity, signer, parsed)).toList();
    }

    public String entityId() {
        return root.getAttributeNS(null, "entityID");
    }

    public Optional<EntityId> parsedEntityId() {
        return EntityId.parse(entityId());
    }

    /** The certificates of the metadata parsed while verifying it (the signer and the other signing candidates). */
    List<X509Certificate> parsedCertificates() {
        return parsed;
    }

    /** The certificate whose key verified the signature. */
    public X509Certificate signingCertificate() {
        return signer;
    }

    /** The role descriptors present, e.g. {@code SPSSODescriptor} or {@code IDPSSODescriptor}. */
    public List<String> roleDescriptors() {
        List<String> roles = new ArrayList<>();
        for (Element role : roles()) {
            roles.add(role.getLocalName());
        }
        return roles;
    }

    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Element role : roles()) {
            collectEndpoints(role, endpoints);
        }
        return endpoints;
    }

    public boolean hasServiceProviderRole() {
        return serviceProvider().isPresent();
    }

    public List<Endpoint> endpoints(String kind) {
        return endpoints().stream().filter(endpoint -> endpoint.kind().equals(kind)).toList();
    }

    /** The ServiceUUIDs: values of {@code RequestedAttribute Name="urn:nl-eid-gdi:1.0:ServiceUUID"}. */
    public List<String> serviceUuids() {
        List<String> uuids = new ArrayList<>();
        Optional<Element> sp = serviceProvider();
        if (sp.isEmpty()) {
            return uuids;
        }
        for (Element service : Dom.children(sp.get(), SamlNames.MD, "AttributeConsumingService")) {
            for (Element requested : Dom.children(service, SamlNames.MD, "RequestedAttribute")) {
                if (SamlNames.SERVICE_UUID_ATTRIBUTE.equals(requested.getAttributeNS(null, "Name"))) {
                    Dom.children(requested, SamlNames.SAML, "AttributeValue")
                            .forEach(value -> uuids.add(value.getTextContent().strip()));
                }
            }
        }
        return uuids;
    }

    Optional<Element> serviceProvider() {
        return Dom.child(root, SamlNames.MD, "SPSSODescriptor");
    }

    private List<Element> roles() {
        List<Element> roles = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && SamlNames.MD.equals(element.getNamespaceURI())
                    && element.getLocalName().endsWith("Descriptor")) {
                roles.add(element);
            }
        }
        return roles;
    }

    private static void collectEndpoints(Element parent, List<Endpoint> endpoints) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && SamlNames.MD.equals(element.getNamespaceURI())) {
                Dom.attribute(element, "Location").ifPresent(location -> endpoints.add(
                        new Endpoint(element.getLocalName(), element.getAttributeNS(null, "Binding"), location)));
                Dom.attribute(element, "ResponseLocation").ifPresent(location -> endpoints.add(
                        new Endpoint(element.getLocalName(), element.getAttributeNS(null, "Binding"), location)));
                collectEndpoints(element, endpoints);
            }
        }
    }
}
