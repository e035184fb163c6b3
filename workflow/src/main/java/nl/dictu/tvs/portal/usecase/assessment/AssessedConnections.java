package nl.dictu.tvs.portal.usecase.assessment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.assessment.AssessmentNotice;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessmentRepository;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The production connections an assessment is due for and their windows: a connection that went live through
 * the portal when its services accept DigiD; an imported one always (DICTU's administration does not say which
 * login means it has, and an assessment too many is asked for rather than one missed). An imported connection is
 * held to the windows that closed no sooner than the day it was imported.
 */
@Dependent
public class AssessedConnections {

    private final SecurityAssessmentRepository assessments;
    private final ApplicationRepository applications;
    private final ClusterRepository clusters;

    @Inject
    public AssessedConnections(SecurityAssessmentRepository assessments, ApplicationRepository applications,
                               ClusterRepository clusters) {
        this.assessments = assessments;
        this.applications = applications;
        this.clusters = clusters;
    }

    public boolean assessed(LiveConnection connection) {
        return connection.getApplicationId().flatMap(applications::findById)
                .map(application -> applications.currentVersion(application).content().loginMeans().contains(LoginMeans.DIGID))
                .orElse(true);
    }

    /** The latest window that opened and counts for the connection, if any. */
    public Optional<AssessmentWindow> latestOpened(LiveConnection connection, LocalDate today) {
        LocalDate since = connection.getApplicationId().isPresent() ? connection.getGoLiveDate()
                : LocalDate.ofInstant(connection.getRecordedAt(), WorkingDays.ZONE);
        return AssessmentCalendar.latestOpened(connection.getGoLiveDate(), today, since);
    }

    /** The assessment of the window, recorded now when it was not yet. */
    public SecurityAssessment ofWindow(LiveConnection connection, AssessmentWindow window) {
        return assessments.of(connection.getId(), window.round()).orElseGet(() -> assessments.save(
                new SecurityAssessment(connection, window.round(), window.opensOn(), window.closesOn())));
    }

    public boolean isCluster(LiveConnection connection) {
        return connection.getApplicationId().map(id -> !clusters.membersOf(id).isEmpty()).orElse(false);
    }

    /** The view of a connection's window, with its assessment when one was recorded. */
    public AssessmentView view(LiveConnection connection, AssessmentWindow window, SecurityAssessment assessment,
                               LocalDate today) {
        String reference = connection.getApplicationId().flatMap(applications::findById)
                .map(Application::getReference).orElse("");
        Optional<SecurityAssessment> a = Optional.ofNullable(assessment);
        String coveredBy = a.flatMap(SecurityAssessment::getCoveredById).flatMap(assessments::find)
                .map(supplier -> supplier.getConnection().getOrganisation().getName()).orElse("");
        boolean aanmaningOpen = a.map(x -> openFollowUp(x, AssessmentStep.AANMANING)).orElse(false);
        boolean deactivationNoticed = a.map(x -> assessments.noticed(x.getId(), AssessmentStep.DEACTIVATION_PROPOSED))
                .orElse(false);
        boolean deactivationOpen = a.map(x -> openFollowUp(x, AssessmentStep.DEACTIVATION_PROPOSED)).orElse(false);
        return new AssessmentView(a.map(SecurityAssessment::getId).orElse(0L), connection.getId(),
                connection.getOrganisation().getName(), connection.getOrganisation().getOin(), reference,
                connection.getEntityIds(), window.round(), window.opensOn(), window.closesOn(),
                AssessmentStatus.of(window, assessment, today),
                a.flatMap(SecurityAssessment::getRoute).map(Enum::name).orElse(""),
                a.flatMap(SecurityAssessment::getAuditor).orElse(""),
                a.flatMap(SecurityAssessment::getFileName).orElse(""),
                a.flatMap(SecurityAssessment::getSubmittedBy).orElse(""),
                a.flatMap(SecurityAssessment::getSubmittedAt).orElse(null),
                a.flatMap(SecurityAssessment::getOutcomeReason).orElse(""),
                a.flatMap(SecurityAssessment::getDecidedBy).orElse(""),
                a.map(SecurityAssessment::isCoversMembers).orElse(false), coveredBy, aanmaningOpen, deactivationOpen,
                deactivationNoticed ? AssessmentSteps.proposedDeactivation(window) : null, isCluster(connection));
    }

    private boolean openFollowUp(SecurityAssessment assessment, AssessmentStep step) {
        return assessments.notice(assessment.getId(), step).map(AssessmentNotice::getHandledAt)
                .map(Optional::isEmpty).orElse(false);
    }
}
