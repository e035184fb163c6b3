package nl.dictu.tvs.portal.usecase.validation;

import nl.dictu.tvs.portal.trust.finding.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The findings of one validation and when it ran; nothing of it is stored. */
public record MetadataValidationResult(Instant checkedAt, List<Finding> findings) {

    public MetadataValidationResult {
        Objects.requireNonNull(checkedAt, "checkedAt");
        findings = List.copyOf(findings);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
