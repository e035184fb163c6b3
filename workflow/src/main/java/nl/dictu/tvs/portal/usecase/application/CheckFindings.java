package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.trust.finding.Finding;

import java.time.Instant;
import java.util.List;

/**
 * The stored report of the latest check of one kind: which version it judged, whether it passed,
 * and its findings (rendered in the reader's language by {@link Finding#message}).
 */
public record CheckFindings(CheckKind kind, int versionNumber, boolean passed, Instant checkedAt, List<Finding> findings) {

    public CheckFindings {
        findings = List.copyOf(findings);
    }
}
