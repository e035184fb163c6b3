package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The confirmation that a connection ends: who asked (the organisation or DICTU), when that was recorded,
 * the day the connection ends, why, and the environments it ends in.
 *
 * @param byDictu      whether DICTU ended the connection (otherwise the organisation asked for it)
 * @param requestedBy  the display name of the person who recorded the termination
 * @param environments the environments that end, as {@link Environment} names
 */
public record TerminationConfirmationData(
        String reference,
        ApplicantOrganisation organisation,
        Instant recordedAt,
        LocalDate endsOn,
        String reason,
        boolean byDictu,
        String requestedBy,
        List<Environment> environments) {

    public TerminationConfirmationData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        environments = List.copyOf(environments);
    }
}
