package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;

import java.io.Serializable;
import java.time.LocalDate;

/** What a termination form holds, for the applicant's page and the reviewer's dossier alike: the last day and the reason. */
public class TerminationFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate endsOn;
    private String reason;

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getReasonMax() {
        return ConnectionTermination.REASON_MAX;
    }
}
