package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.json.Json;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.AlbDecision;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.shared.findings.AlbAcceptance;
import nl.dictu.tvs.portal.shared.json.Json;

import java.util.Map;
import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_REFERENCE;

/**
 * Whether a reviewer accepted the application's RvIG decision: the ALB state is the application's,
 * not its first check's. Read from the audit event {@link TaskCommands} writes when
 * {@code verifyAlbDecision} completes (the decision variables, who, when); the latest such event
 * counts, so a decision rejected after an earlier acceptance resolves nothing.
 */
@Stateless
public class AlbDecisionAcceptance {

    static final String TASK_COMPLETED = "taskCompleted";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AlbDecisionRepository albDecisions;

    @Inject
    private AuditTrail auditTrail;

    public AlbDecisionAcceptance() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public AlbDecisionAcceptance(ApplicationRepository applications, AlbDecisionRepository albDecisions, AuditTrail auditTrail) {
        this.applications = applications;
        this.albDecisions = albDecisions;
        this.auditTrail = auditTrail;
    }

    /** For reviewers and the organisation's applicants; empty while no RvIG decision is accepted. */
    public Optional<AlbAcceptance> of(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(reference)));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        return of(application.getId());
    }

    Optional<AlbAcceptance> of(long applicationId) {
        Optional<AuditEvent> verification = auditTrail.latestOfApplication(applicationId, TASK_COMPLETED, VERIFY_ALB_DECISION);
        if (verification.isEmpty()) {
            return Optional.empty();
        }
        AuditEvent latest = verification.get();
        Map<?, ?> after = latest.getAfterJson() == null ? Map.of() : (Map<?, ?>) Json.read(latest.getAfterJson());
        if (!"true".equals(after.get(ALB_DECISION_ACCEPTED))) {
            return Optional.empty();
        }
        String reference = after.get(ALB_DECISION_REFERENCE) instanceof String given ? given
                : albDecisions.latest(applicationId).map(AlbDecision::getFile).map(f -> f.getFileName()).orElse("-");
        return Optional.of(new AlbAcceptance(reference, latest.getActor(), latest.getOccurredAt()));
    }
}
