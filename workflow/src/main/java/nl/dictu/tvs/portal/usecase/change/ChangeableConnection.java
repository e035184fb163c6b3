package nl.dictu.tvs.portal.usecase.change;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A live connection of the applicant's organisation (one environment) that a change request can be made on, with
 * the request that is open on it, if any.
 *
 * @param environment        {@code PREPRODUCTION} or {@code PRODUCTION}
 * @param openRequest        the reference of the open change request, or null
 */
public record ChangeableConnection(String reference, String environment, LocalDate goLiveDate, String openRequest)
        implements Serializable {
}
