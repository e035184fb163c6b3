package nl.dictu.tvs.portal.trust.finding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The findings of one run of the checks and the instant they were computed. */
public record CheckReport(Instant checkedAt, List<Finding> findings) {

    public CheckReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).toList();
    }

    /** The stable stored form; {@link #fromJson(String)} reads it back. */
    public String toJson() {
        return ReportJson.write(this);
    }

    public static CheckReport fromJson(String json) {
        return ReportJson.read(json);
    }
}
