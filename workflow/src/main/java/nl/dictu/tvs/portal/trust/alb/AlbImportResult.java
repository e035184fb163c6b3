package nl.dictu.tvs.portal.trust.alb;

import java.util.List;

import nl.dictu.tvs.portal.trust.finding.Finding;

/** An ALB import: either all entries (no problems) or no entries and every problem found. */
public record AlbImportResult(List<AlbEntry> entries, List<Finding> problems) {

    public AlbImportResult {
        entries = problems.isEmpty() ? List.copyOf(entries) : List.of();
        problems = List.copyOf(problems);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
