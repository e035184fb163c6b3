package nl.dictu.tvs.portal.usecase.checking;

import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

import java.util.List;

/**
 * The findings on content being edited, and whether the process's checks would pass it: the
 * applicant hands it in only when they would.
 */
public record LiveFindings(boolean passed, List<Finding> findings) {

    public LiveFindings {
        findings = List.copyOf(findings);
    }

    static LiveFindings of(CheckReport report) {
        return new LiveFindings(VersionChecks.passed(report), report.findings());
    }

    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
