package nl.dictu.tvs.portal.usecase.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.assessment.AssessmentNotice;
import nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessmentRepository;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.FileDownload;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;
import nl.dictu.tvs.portal.usecase.application.UploadService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ICT security assessment as applicants and reviewers work it, for the pages and the API alike: the
 * applicant sees each production connection's current window and delivers (report, third-party statement or
 * ENSIA, with the auditor); a supplier's delivery for its cluster connection may cover its members' assessments
 * of that window; a reviewer records the outcome and handles the aanmaningen and deactivation proposals.
 */
@Stateless
public class SecurityAssessments {

    static final String DELIVERED = "securityAssessmentDelivered";
    static final String COVERED = "securityAssessmentCovered";
    static final String DECIDED = "securityAssessmentDecided";
    static final String FOLLOW_UP_HANDLED = "securityAssessmentFollowUpHandled";

    @Inject
    private SecurityAssessmentRepository assessments;

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private ClusterRepository clusters;

    @Inject
    private AssessedConnections assessed;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @EJB
    private AssessmentWatch watch;

    /** The organisation's production connections that need an assessment, each with its current or next window. */
    public List<AssessmentView> ofMyOrganisation(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        LocalDate today = today();
        List<AssessmentView> views = new ArrayList<>();
        for (LiveConnection connection : assessments.liveProductionConnectionsOf(actor.organisationOin(), today)) {
            if (!assessed.assessed(connection)) {
                continue;
            }
            AssessmentWindow window = shownWindow(connection, today);
            views.add(assessed.view(connection, window, assessments.of(connection.getId(), window.round()).orElse(null), today));
        }
        return views;
    }

    /** What reviewers work: deliveries awaiting an outcome, windows open or missed, open follow-ups. */
    public List<AssessmentView> forReview(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        LocalDate today = today();
        return assessments.forReview(today).stream()
                .filter(a -> !a.getOutcome().filter(o -> o == AssessmentOutcome.ACCEPTED).isPresent() || hasOpenFollowUp(a))
                .map(a -> assessed.view(a.getConnection(), window(a), a, today)).toList();
    }

    /** Delivers for the connection's current window; refused when no window is open or a delivery awaits its outcome. */
    public AssessmentView deliver(SignedInUser actor, long connectionId, AssessmentDelivery delivery) {
        AccessPolicy.requireApplicant(actor);
        LiveConnection connection = ownConnection(actor, connectionId);
        LocalDate today = today();
        AssessmentRules.checkDelivery(delivery);
        if (delivery.coversMembers() && !assessed.isCluster(connection)) {
            throw ActionRefusedException.of("coversMembers", "assessment.invalid.noCluster");
        }
        AssessmentWindow window = assessed.latestOpened(connection, today)
                .filter(w -> assessments.of(connectionId, w.round()).map(a -> !a.isDelivered()).orElse(true))
                .orElseThrow(() -> new ActionRefusedException("assessment.refused.notOpen",
                        AssessmentCalendar.currentOrNext(connection.getGoLiveDate(), today.plusDays(1)).opensOn().toString()));
        SecurityAssessment assessment = assessed.ofWindow(connection, window);
        Instant now = clock.instant();
        boolean file = delivery.route().needsFile();
        String fileName = file ? UploadService.nameWithoutPath(delivery.fileName()) : null;
        assessment.deliver(delivery.route(), delivery.auditor().strip(), fileName,
                file ? Sha256.hex(delivery.content()) : null, file ? delivery.content() : null,
                delivery.coversMembers(), actor.username(), now);
        Map<String, String> after = new HashMap<>(Map.of("assessment", String.valueOf(assessment.getId()),
                "round", String.valueOf(window.round()), "route", delivery.route().name(), "auditor", delivery.auditor().strip()));
        assessment.getFileSha256().ifPresent(sha -> after.put("sha256", sha));
        if (delivery.coversMembers()) {
            after.put("coveredMembers", String.valueOf(coverMembers(connection, assessment, window, today)));
        }
        auditor.record(actor.username(), DELIVERED, connection.getApplicationId().orElse(null), null, Map.of(), after);
        return assessed.view(connection, window, assessment, today);
    }

    /** Records the reviewer's outcome; the assessments a supplier's delivery covers get the same outcome. */
    public void decide(SignedInUser actor, long assessmentId, AssessmentOutcome outcome, String reason) {
        AccessPolicy.requireReviewer(actor);
        SecurityAssessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new ActionRefusedException("assessment.notFound"));
        AssessmentRules.checkOutcome(assessment, outcome, reason);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Instant now = clock.instant();
        assessment.decide(outcome, why, actor.username(), now);
        List<SecurityAssessment> covered = assessments.coveredBy(assessmentId);
        covered.forEach(member -> member.decide(outcome, why, actor.username(), now));
        auditor.record(actor.username(), DECIDED, assessment.getConnection().getApplicationId().orElse(null), null, Map.of(),
                Map.of("assessment", String.valueOf(assessmentId), "outcome", outcome.name(),
                        "reason", why == null ? "" : why, "covered", String.valueOf(covered.size())));
    }

    /** Marks the aanmaning or the deactivation proposal handled (the reviewer followed it up outside the portal). */
    public void markHandled(SignedInUser actor, long assessmentId, AssessmentStep step) {
        AccessPolicy.requireReviewer(actor);
        AssessmentNotice notice = assessments.notice(assessmentId, step)
                .filter(n -> step.followUp() && n.getHandledAt().isEmpty())
                .orElseThrow(() -> new ActionRefusedException("assessment.followUp.notOpen"));
        notice.handle(actor.username(), clock.instant());
        SecurityAssessment assessment = assessments.find(assessmentId).orElseThrow();
        auditor.record(actor.username(), FOLLOW_UP_HANDLED, assessment.getConnection().getApplicationId().orElse(null), null,
                Map.of(), Map.of("assessment", String.valueOf(assessmentId), "step", step.name()));
    }

    /** The delivered PDF, for the reviewers and the connection's own organisation. */
    public FileDownload report(SignedInUser actor, long assessmentId) {
        SecurityAssessment assessment = assessments.find(assessmentId)
                .filter(a -> a.getFileName().isPresent())
                .orElseThrow(() -> new AccessRefusedException("access.fileNotFound", String.valueOf(assessmentId)));
        boolean own = assessment.getConnection().getOrganisation().getOin().equals(actor.organisationOin());
        if (!own) {
            AccessPolicy.requireReviewer(actor);
        }
        return new FileDownload(assessment.getFileName().orElseThrow(), UploadInspector.PDF,
                assessment.getFileSha256().orElseThrow(), assessment.getContent());
    }

    /** Runs the watch now (it takes only the steps not taken yet); returns how many it took. */
    public int runNow(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        return watch.run(clock.instant());
    }

    private int coverMembers(LiveConnection supplierConnection, SecurityAssessment supplierAssessment,
                             AssessmentWindow window, LocalDate today) {
        List<Long> memberOrganisations = clusters.membersOf(supplierConnection.getApplicationId().orElseThrow()).stream()
                .map(ClusterMember::getOrganisationId).distinct().toList();
        int covered = 0;
        for (LiveConnection member : assessments.liveProductionConnectionsOf(memberOrganisations, today)) {
            if (member.getId().equals(supplierConnection.getId()) || !assessed.assessed(member)) {
                continue;
            }
            Optional<AssessmentWindow> memberWindow = assessed.latestOpened(member, today)
                    .filter(w -> !w.closesOn().isBefore(window.opensOn()));
            if (memberWindow.isEmpty()) {
                continue;
            }
            SecurityAssessment memberAssessment = assessed.ofWindow(member, memberWindow.get());
            if (!memberAssessment.isDelivered() || memberAssessment.getCoveredById().isPresent()) {
                memberAssessment.coverBy(supplierAssessment);
                auditor.record(supplierAssessment.getSubmittedBy().orElseThrow(), COVERED,
                        member.getApplicationId().orElse(null), null, Map.of(),
                        Map.of("assessment", String.valueOf(memberAssessment.getId()),
                                "coveredBy", String.valueOf(supplierAssessment.getId())));
                covered++;
            }
        }
        return covered;
    }

    private LiveConnection ownConnection(SignedInUser actor, long connectionId) {
        return connections.find(connectionId)
                .filter(c -> c.getOrganisation().getOin().equals(actor.organisationOin()))
                .filter(c -> c.getEnvironment() == ConnectionEnvironment.PRODUCTION)
                .filter(assessed::assessed)
                .orElseThrow(() -> new AccessRefusedException("assessment.connectionNotFound", String.valueOf(connectionId)));
    }

    private AssessmentWindow shownWindow(LiveConnection connection, LocalDate today) {
        return assessed.latestOpened(connection, today)
                .filter(w -> assessments.of(connection.getId(), w.round()).map(a -> !a.isDelivered()
                        || a.isAwaitingOutcome() || !w.closesOn().isBefore(today)).orElse(true))
                .orElseGet(() -> AssessmentCalendar.currentOrNext(connection.getGoLiveDate(), today));
    }

    private boolean hasOpenFollowUp(SecurityAssessment assessment) {
        return List.of(AssessmentStep.AANMANING, AssessmentStep.DEACTIVATION_PROPOSED).stream()
                .anyMatch(step -> assessments.notice(assessment.getId(), step).filter(n -> n.getHandledAt().isEmpty()).isPresent());
    }

    private static AssessmentWindow window(SecurityAssessment assessment) {
        return new AssessmentWindow(assessment.getRound(), assessment.getOpensOn(), assessment.getClosesOn());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
    }
}
