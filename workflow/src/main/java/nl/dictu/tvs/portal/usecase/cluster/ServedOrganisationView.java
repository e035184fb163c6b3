package nl.dictu.tvs.portal.usecase.cluster;

import java.time.Instant;
import java.util.List;

/**
 * An organisation a supplier serves, as the supplier sees it.
 *
 * @param mandateInForceSince when both sides had agreed to the mandate
 * @param clusterApplications the references of the supplier's cluster applications that list the organisation
 */
public record ServedOrganisationView(String oin, String name, long mandateId, Instant mandateInForceSince,
                                     List<String> clusterApplications) {

    public ServedOrganisationView {
        clusterApplications = List.copyOf(clusterApplications);
    }
}
