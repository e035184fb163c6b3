package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.cluster.ClusterMember;
import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.domain.cluster.MemberAlbDecision;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_REJECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_FILE_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REJECTION_REASON;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cluster application whose one member is on the ALB list and whose other is not but brings its own RvIG decision:
 * the process goes straight to {@code verifyAlbDecision} (no upload task), where a reviewer gives a verdict per member
 * decision; all accepted goes on to the registration, one refused rejects the application naming that member.
 * The members are recorded as {@code ClusterApplications} records them on submission (its mandate and metadata rules
 * are {@link ClusterMemberRulesTest}'s).
 */
class MemberDecisionsServicesTest {

    private static final byte[] DECISION = "%PDF-1.7\nBesluit RvIG Gemeente Buurdorp\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ServiceTestBed bed = new ServiceTestBed(false);
    private final ClusterRepository clusters = new ClusterRepository(bed.em);
    private final MemberDecisions memberDecisions = new MemberDecisions(clusters, new Auditor(bed.auditTrail, bed.clock),
            bed.clock);

    @AfterEach
    void close() {
        bed.close();
    }

    /** Submitted with two members: the applicant's own organisation on the ALB list, the other one with its decision. */
    private String submitCluster() {
        long fileId = bed.inTransaction(() -> bed.uploads.upload(anne(), FilePurpose.ALB_DECISION, "besluit-buurdorp.pdf",
                DECISION)).id();
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.inTransaction(() -> {
            OrganisationRepository organisations = new OrganisationRepository(bed.em);
            Organisation listed = organisations.findByOin(ServiceTestBed.OIN).orElseThrow();
            Organisation other = organisations.findByOin(ServiceTestBed.OTHER_OIN).orElseThrow();
            long applicationId = bed.applications.findByReference(reference).orElseThrow().getId();
            clusters.saveMember(new ClusterMember(applicationId, listed.getId(), 0, listed.getOin(), listed.getName(), true,
                    "Parkeervergunning"));
            clusters.saveMember(new ClusterMember(applicationId, other.getId(), 1, other.getOin(), other.getName(), false,
                    "Afvalpas"));
            clusters.saveDecision(new MemberAlbDecision(applicationId, ServiceTestBed.OIN, other.getOin(),
                    bed.em.find(StoredFile.class, fileId), "anne", bed.clock.instant()));
            String instance = bed.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .singleResult().getId();
            bed.engine.getRuntimeService().setVariable(instance, ALB_DECISION_FILE_ID, fileId);
        });
        bed.runDueJobs();
        return reference;
    }

    private long applicationId(String reference) {
        return bed.applications.findByReference(reference).map(Application::getId).orElseThrow();
    }

    private static String refusalKey(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    @Test
    void shouldGoStraightToVerificationAndAcceptTheClusterOnceEveryMembersDecisionIsAccepted() {
        String reference = submitCluster();
        String task = bed.taskId(reference, VERIFY_ALB_DECISION);

        assertThat(bed.engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(UPLOAD_ALB_DECISION)
                .count()).isZero();
        assertThat(memberDecisions.members(applicationId(reference))).extracting(ClusterMemberView::albState)
                .containsExactly(MemberAlbState.ON_ALB_LIST, MemberAlbState.DECISION_TO_VERIFY);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task, TaskDecision.accept())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.cluster.perMemberOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task,
                TaskDecision.members(List.of()))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("cluster.memberDecision.verdictRequired"));

        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task, TaskDecision.members(List.of(
                new MemberVerdict(ServiceTestBed.OTHER_OIN, true, "RvIG-2026-0042", null)))));

        assertThat(bed.taskId(reference, REGISTER_APPLICATION)).isNotNull();
        assertThat(memberDecisions.members(applicationId(reference))).last().satisfies(member -> {
            assertThat(member.albState()).isEqualTo(MemberAlbState.DECISION_ACCEPTED);
            assertThat(member.decision().decisionReference()).isEqualTo("RvIG-2026-0042");
            assertThat(member.decision().verifiedBy()).isEqualTo("rev1");
        });
        assertThat(bed.auditTrail.ofApplication(applicationId(reference))).extracting(AuditEvent::getAction)
                .containsSubsequence(MemberDecisions.VERIFIED, "taskCompleted");
    }

    @Test
    void shouldRejectTheApplicationNamingTheMemberWhoseDecisionTheReviewerRefused() {
        String reference = submitCluster();
        String task = bed.taskId(reference, VERIFY_ALB_DECISION);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task,
                TaskDecision.members(List.of(new MemberVerdict(ServiceTestBed.OTHER_OIN, false, null, " "))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("cluster.memberDecision.reasonRequired"));

        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), task, TaskDecision.members(List.of(
                new MemberVerdict(ServiceTestBed.OTHER_OIN, false, null, "Het besluit noemt een andere organisatie")))));

        assertThat(memberDecisions.members(applicationId(reference))).last().satisfies(member -> {
            assertThat(member.albState()).isEqualTo(MemberAlbState.DECISION_REFUSED);
            assertThat(member.decision().refusalReason()).isEqualTo("Het besluit noemt een andere organisatie");
        });
        bed.runDueJobs();
        String instance = bed.engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        assertThat(bed.engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(REJECTION_REASON).singleResult().getValue())
                .asString().contains("(OIN " + ServiceTestBed.OTHER_OIN + "): Het besluit noemt een andere organisatie");
        assertThat(bed.engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(APPLICATION_REJECTED).count()).isEqualTo(1);
    }
}
