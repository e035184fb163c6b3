package nl.dictu.tvs.portal.trust.metadata;

import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The entities of cluster metadata (§8.4): the EntityDescriptors directly below the EntitiesDescriptor root, one
 * of them the supplier's (role LC), whose signing KeyDescriptors hold the key that signs the whole document.
 */
final class ClusterMembers {

    static final String LC = "LC";
    static final String DV = "DV";

    private ClusterMembers() {
    }

    static boolean isCluster(Element root) {
        return Dom.is(root, SamlNames.MD, "EntitiesDescriptor");
    }

    static List<Element> members(Element root) {
        return Dom.children(root, SamlNames.MD, "EntityDescriptor");
    }

    static Optional<String> role(Element entity) {
        return EntityId.parse(entity.getAttributeNS(null, "entityID")).map(EntityId::role);
    }

    /** The supplier's entity, or the finding that says why there is not exactly one. */
    static SupplierEntity supplier(Element root) {
        List<Element> suppliers = members(root).stream().filter(entity -> role(entity).filter(LC::equals).isPresent()).toList();
        if (suppliers.isEmpty()) {
            return new SupplierEntity(Optional.empty(), Optional.of(Finding.of(FindingCode.METADATA_CLUSTER_LC_MISSING)
                    .withEvidence("spec", "§8.4")));
        }
        if (suppliers.size() > 1) {
            return new SupplierEntity(Optional.empty(), Optional.of(Finding.of(FindingCode.METADATA_CLUSTER_LC_MULTIPLE,
                    suppliers.size()).withEvidence("spec", "§8.4")));
        }
        return new SupplierEntity(Optional.of(suppliers.get(0)), Optional.empty());
    }

    record SupplierEntity(Optional<Element> entity, Optional<Finding> problem) {
    }
}
