package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.trust.finding.Severity;

import java.io.Serializable;

/** One trust-check finding as the wizard shows it: pass (INFO), warning or error, with what to do. */
public record FindingLine(Severity severity, String code, String message) implements Serializable {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
