package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The confirmation that a change request on a live connection was applied: which request, for which connection
 * and environment, the version of the connection it became, what changed (field by field, before and after), who
 * asked and who decided, and the ServiceUUIDs of the environment after the change.
 *
 * @param reference            the change request's reference ({@code TVS-2026-00001-W1})
 * @param applicationReference the application whose connection changed
 * @param decidedBy            the display names of the reviewers who decided, empty when the portal applied it by setting
 * @param changes              what changed, in the reader's language
 */
public record ChangeConfirmationData(
        String reference,
        String applicationReference,
        ApplicantOrganisation organisation,
        Environment environment,
        Instant appliedAt,
        int version,
        String requestedBy,
        List<String> decidedBy,
        List<ChangedField> changes,
        List<IssuedServiceNumber> serviceNumbers) {

    public ChangeConfirmationData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(applicationReference, "applicationReference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        decidedBy = List.copyOf(decidedBy);
        changes = List.copyOf(changes);
        serviceNumbers = List.copyOf(serviceNumbers);
    }

    /** One changed field as a person reads it; {@code before} or {@code after} is "-" where the field is absent. */
    public record ChangedField(String label, String before, String after) {

        public ChangedField {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
