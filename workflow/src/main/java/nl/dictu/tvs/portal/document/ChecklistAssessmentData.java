package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The checklist assessment report: per item the answer, verdict and comment. */
public record ChecklistAssessmentData(
        String reference,
        ApplicantOrganisation organisation,
        Instant assessedAt,
        String reviewer,
        List<AssessedItem> items) {

    public ChecklistAssessmentData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(reviewer, "reviewer");
        items = List.copyOf(items);
    }

    public long count(Verdict verdict) {
        return items.stream().filter(i -> i.verdict() == verdict).count();
    }
}
