package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.domain.review.HandoverChannel;

import java.io.Serializable;
import java.util.List;

/** What the reviewer fills in for one open task on the application view; kept when a decision is refused. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String outcome;
    private String reason;
    private String reference;
    private String testAccounts;
    private HandoverChannel channel;
    private boolean serviceUuidsPerEnvironment;

    /** Accept/reject from the radio buttons ("accept", "reject"); null when not chosen. */
    TaskDecision toDecision() {
        Boolean accepted = outcome == null ? null : "accept".equals(outcome);
        return new TaskDecision(accepted, reason, reference, List.of(), serviceUuidsPerEnvironment);
    }

    public boolean isServiceUuidsPerEnvironment() {
        return serviceUuidsPerEnvironment;
    }

    public void setServiceUuidsPerEnvironment(boolean serviceUuidsPerEnvironment) {
        this.serviceUuidsPerEnvironment = serviceUuidsPerEnvironment;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTestAccounts() {
        return testAccounts;
    }

    public void setTestAccounts(String testAccounts) {
        this.testAccounts = testAccounts;
    }

    public HandoverChannel getChannel() {
        return channel;
    }

    public void setChannel(HandoverChannel channel) {
        this.channel = channel;
    }
}
