package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;
import java.util.List;

/** One application with what DICTU and the checks attached to its current version. */
public record ApplicationDetailsView(String reference, String organisationOin, int currentVersion,
                                     List<ServiceUuid> serviceUuids, List<Check> checks) {

    /** An issued ServiceUUID (dienstnummer). */
    public record ServiceUuid(String service, String environment, String uuid) {
    }

    /** A stored check report of the current version, as its JSON. */
    public record Check(String kind, boolean passed, Instant computedAt, String reportJson) {
    }
}
