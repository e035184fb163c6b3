package nl.dictu.tvs.portal.trust.metadata;

import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;

/** The findings on an uploaded metadata document and, when its signature holds, the summary of what it says. */
public record MetadataCheckResult(List<Finding> findings, Optional<MetadataSummary> summary) {

    public MetadataCheckResult {
        findings = List.copyOf(findings);
    }
}
