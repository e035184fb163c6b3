package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The findings of one kind of check on one application version, as the report's JSON (arguments,
 * not rendered text, so it shows in any language). At most one per version and kind: a rerun
 * replaces the report.
 */
@Entity
@Table(name = "check_result")
public class CheckResult {

    public static final int REPORT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private ApplicationVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private CheckKind kind;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "report_json", length = REPORT_MAX, nullable = false)
    private String reportJson;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected CheckResult() {
        // for JPA
    }

    public CheckResult(ApplicationVersion version, CheckKind kind, boolean passed, String reportJson, Instant computedAt) {
        this.version = Objects.requireNonNull(version, "version");
        this.kind = Objects.requireNonNull(kind, "kind");
        replaceReport(passed, reportJson, computedAt);
    }

    public final void replaceReport(boolean passed, String reportJson, Instant computedAt) {
        this.passed = passed;
        this.reportJson = Objects.requireNonNull(reportJson, "reportJson");
        this.computedAt = Objects.requireNonNull(computedAt, "computedAt");
    }

    public Long getId() {
        return id;
    }

    public ApplicationVersion getVersion() {
        return version;
    }

    public CheckKind getKind() {
        return kind;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReportJson() {
        return reportJson;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
