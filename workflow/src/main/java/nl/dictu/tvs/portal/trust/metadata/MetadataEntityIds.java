package nl.dictu.tvs.portal.trust.metadata;

import java.util.List;
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

    /**
     * The OINs of the organisations (DV entities) cluster metadata lists, in its order; empty for metadata of one
     * organisation and for bytes that are no usable metadata. Says nothing about the signature: check first.
     */
    public static List<String> clusterMemberOins(byte[] metadata) {
        return new SecureXmlParser().parse(metadata).document()
                .filter(document -> ClusterMembers.isCluster(document.getDocumentElement()))
                .map(document -> ClusterMembers.members(document.getDocumentElement()).stream()
                        .map(entity -> EntityId.parse(entity.getAttributeNS(null, "entityID")))
                        .flatMap(Optional::stream)
                        .filter(id -> ClusterMembers.DV.equals(id.role()))
                        .map(EntityId::oin)
                        .distinct()
                        .toList())
                .orElse(List.of());
    }
}
