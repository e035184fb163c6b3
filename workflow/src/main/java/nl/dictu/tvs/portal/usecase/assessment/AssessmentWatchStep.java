package nl.dictu.tvs.portal.usecase.assessment;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.assessment.AssessmentNotice;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessmentRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one connection in a transaction of its own: records the assessment of its latest window when it was
 * not yet, and takes the step due (the notice's primary key makes a second node's attempt fail and roll back,
 * mails included): a reminder or the aanmaning to the organisation's members, the aanmaning and the deactivation
 * proposal as reviewer follow-ups.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AssessmentWatchStep {

    static final String AUDIT_ACTION = "securityAssessmentStep";

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private SecurityAssessmentRepository assessments;

    @Inject
    private AssessedConnections assessed;

    @Inject
    private AssessmentMail mail;

    @Inject
    private Auditor auditor;

    /** @return whether a step was taken now */
    public boolean check(long connectionId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
        LiveConnection connection = connections.find(connectionId).filter(assessed::assessed).orElse(null);
        Optional<AssessmentWindow> window = Optional.ofNullable(connection).flatMap(c -> assessed.latestOpened(c, today));
        if (window.isEmpty()) {
            return false;
        }
        SecurityAssessment assessment = assessed.ofWindow(connection, window.get());
        Set<AssessmentStep> noticed = Arrays.stream(AssessmentStep.values())
                .filter(step -> assessments.noticed(assessment.getId(), step)).collect(Collectors.toSet());
        Optional<AssessmentStep> due = AssessmentSteps.due(window.get(), today, assessment.isDelivered(), noticed);
        if (due.isEmpty()) {
            return false;
        }
        assessments.recordNotice(new AssessmentNotice(assessment.getId(), due.get(), now));
        int mails = due.get() == AssessmentStep.DEACTIVATION_PROPOSED ? 0 : mail.queue(assessment, due.get()).size();
        auditor.record(Auditor.SYSTEM, AUDIT_ACTION, connection.getApplicationId().orElse(null), null, Map.of(),
                Map.of("assessment", String.valueOf(assessment.getId()), "step", due.get().name(),
                        "closesOn", window.get().closesOn().toString(), "mails", String.valueOf(mails)));
        return true;
    }
}
