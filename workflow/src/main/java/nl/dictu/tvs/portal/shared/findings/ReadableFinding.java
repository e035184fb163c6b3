package nl.dictu.tvs.portal.shared.findings;

import nl.dictu.tvs.portal.trust.finding.Severity;

import java.io.Serializable;
import java.util.List;

/**
 * One finding as a page shows it: its code, what it weighs now ({@link #status()}: the severity, or
 * {@code RESOLVED} when the application resolved it since), the text for a person, how it was
 * resolved, and the evidence with readable values.
 */
public record ReadableFinding(String code, Severity severity, String status, String text, String resolution,
                              List<Evidence> evidence) implements Serializable {

    public static final String RESOLVED = "RESOLVED";

    public ReadableFinding {
        evidence = List.copyOf(evidence);
    }

    /** An error that still stands: a resolved one is not. */
    public boolean isError() {
        return Severity.ERROR.name().equals(status);
    }

    public boolean isResolved() {
        return RESOLVED.equals(status);
    }

    /** One piece of evidence: its key as the check names it, its value as a person reads it. */
    public record Evidence(String key, String value) implements Serializable {
    }

    public static boolean anyError(List<ReadableFinding> findings) {
        return findings.stream().anyMatch(ReadableFinding::isError);
    }
}
