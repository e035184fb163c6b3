package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.usecase.cluster.MemberVerdict;

import java.io.Serializable;
import java.util.Optional;

/**
 * The reviewer's verdict on one served organisation's RvIG decision while the form is filled in: accept/refuse,
 * RvIG's reference (with an acceptance) and the reason (with a refusal).
 */
public class MemberVerdictForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String outcome;
    private String reference;
    private String reason;

    /** Empty while neither accept nor refuse is chosen: the service then names the member as missing. */
    Optional<MemberVerdict> toVerdict(String oin) {
        return outcome == null ? Optional.empty()
                : Optional.of(new MemberVerdict(oin, "accept".equals(outcome), reference, reason));
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
