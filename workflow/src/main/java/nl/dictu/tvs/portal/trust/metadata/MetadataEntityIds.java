package nl.dictu.tvs.portal.trust.metadata;

import java.util.Optional;

import org.w3c.dom.Element;

/** The entityID of uploaded metadata, read with the same hardened parser the checks use. */
public final class MetadataEntityIds {

    private MetadataEntityIds() {
    }

    /**
     * The root element's {@code entityID}; for cluster metadata the supplier's (LC) entity's; empty when the bytes
     * are no usable metadata.
     */
    public static Optional<String> of(byte[] metadata) {
        return new SecureXmlParser().parse(metadata).document().flatMap(document -> {
            Element root = document.getDocumentElement();
            if (ClusterMembers.isCluster(root)) {
                return ClusterMembers.members(root).stream()
                        .filter(entity -> ClusterMembers.role(entity).filter(ClusterMembers.LC::equals).isPresent())
                        .findFirst().flatMap(entity -> Dom.attribute(entity, "entityID"));
            }
            return Dom.attribute(root, "entityID");
        });
    }
}
