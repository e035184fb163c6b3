package nl.dictu.tvs.portal.usecase.change;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A live connection of the applicant's organisation (one environment) that a change request can be made on, with
 * the request that is open on it, if any.
 *
 * @param environment        {@code PREPRODUCTION} or {@code PRODUCTION}
 * @param openRequest        the reference of the open ordinary change request, or null
 * @param cluster            whether it is a supplier's cluster connection, whose served organisations are added and
 *                           removed by requests of their own
 * @param openMemberRequests the references of the open requests about its served organisations
 */
public record ChangeableConnection(String reference, String environment, LocalDate goLiveDate, String openRequest,
                                   boolean cluster, List<String> openMemberRequests) implements Serializable {

    public ChangeableConnection {
        openMemberRequests = openMemberRequests == null ? List.of() : List.copyOf(openMemberRequests);
    }

    /** An ordinary change can start: nothing is open on the connection (it waits for requests about members too). */
    public boolean mayStartChange() {
        return openRequest == null && openMemberRequests.isEmpty();
    }
}
