package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;

import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The RvIG decision of an organisation that is not on the ALB list: attached before or at the task, verified by a reviewer. */
class AlbDecisionServicesTest {

    private static final byte[] DECISION = "%PDF-1.7\nBesluit RvIG aansluiting ALB\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ServiceTestBed bed = new ServiceTestBed(false);

    @AfterEach
    void close() {
        bed.close();
    }

    private long uploadDecision(FilePurpose purpose) {
        return bed.inTransaction(() -> bed.uploads.upload(anne(), purpose, "besluit-rvig.pdf", DECISION)).id();
    }

    private String submit() {
        return bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
    }

    private static String refusalKey(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    @Test
    void shouldCompleteTheUploadTaskWithTheDecisionAndShowItToTheReviewer() {
        String reference = submit();
        bed.runDueJobs();
        assertThat(bed.taskId(reference, UPLOAD_ALB_DECISION)).isNotNull();
        String uploadTask = bed.taskId(reference, UPLOAD_ALB_DECISION);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(anne(), uploadTask, TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.completeWithForm"));
        long fileId = uploadDecision(FilePurpose.ALB_DECISION);

        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId));

        assertThat(bed.queries.tasksFor(reviewer("rev1"))).extracting(t -> t.taskKey()).containsExactly(VERIFY_ALB_DECISION);
        assertThat(bed.albDecisionQueries.albDecisionOf(reviewer("rev1"), reference)).hasValueSatisfying(view -> {
            assertThat(view.file().id()).isEqualTo(fileId);
            assertThat(view.file().purpose()).isEqualTo(FilePurpose.ALB_DECISION);
            assertThat(view.attachedBy()).isEqualTo("anne");
        });
        assertThatThrownBy(() -> bed.albDecisionQueries.albDecisionOf(otto(), reference))
                .isInstanceOf(AccessRefusedException.class);
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(reference, VERIFY_ALB_DECISION),
                TaskDecision.accept()));
        assertThat(bed.taskId(reference, REGISTER_APPLICATION)).isNotNull();
        Application application = bed.applications.findByReference(reference).orElseThrow();
        assertThat(bed.auditTrail.ofApplication(application.getId())).extracting(AuditEvent::getAction)
                .containsSubsequence("albDecisionAttached", "taskCompleted");
    }

    @Test
    void shouldKeepADecisionAttachedRightAfterSubmittingAndGoStraightToVerification() {
        String reference = submit();
        long fileId = uploadDecision(FilePurpose.ALB_DECISION);

        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId));
        bed.runDueJobs();

        assertThat(bed.queries.tasksFor(reviewer("rev1"))).extracting(t -> t.taskKey()).containsExactly(VERIFY_ALB_DECISION);
        assertThat(bed.engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(UPLOAD_ALB_DECISION).count()).isZero();
        assertThat(bed.albDecisionQueries.albDecisionOf(reviewer("rev2"), reference))
                .hasValueSatisfying(view -> assertThat(view.file().id()).isEqualTo(fileId));
    }

    @Test
    void shouldRefuseAFileThatIsNoRvigDecisionAndADecisionAtTheWrongMoment() {
        String reference = submit();
        long evidence = uploadDecision(FilePurpose.CHECKLIST_EVIDENCE);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, evidence)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.albDecision.notAnAlbDecision"));
        long fileId = uploadDecision(FilePurpose.ALB_DECISION);
        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId));
        bed.runDueJobs();

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.albDecision.notExpected"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(otto(), reference, fileId)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.notYourApplication"));
        assertThat(bed.engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .variableValueEquals(ConnectionRequestModel.Variables.ALB_DECISION_FILE_ID, fileId).count()).isEqualTo(1);
    }

    @Test
    void shouldResolveTheAlbStateOnlyOnceAReviewerAcceptedTheDecisionWithItsReferenceWhoAndWhen() {
        // given
        AlbDecisionAcceptance acceptance = new AlbDecisionAcceptance(bed.applications, new AlbDecisionRepository(bed.em),
                bed.auditTrail);
        String reference = submit();
        long fileId = uploadDecision(FilePurpose.ALB_DECISION);
        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId));
        bed.runDueJobs();
        assertThat(acceptance.of(anne(), reference)).as("attached, not yet accepted").isEmpty();

        // when
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(reference, VERIFY_ALB_DECISION),
                new TaskDecision(true, null, " RvIG-2026-0042 ")));

        // then
        assertThat(acceptance.of(anne(), reference)).hasValueSatisfying(accepted -> {
            assertThat(accepted.reference()).isEqualTo("RvIG-2026-0042");
            assertThat(accepted.acceptedBy()).isEqualTo("rev1");
            assertThat(accepted.acceptedAt()).isEqualTo(bed.clock.instant());
        });
        assertThat(acceptance.of(reviewer("rev2"), reference)).isPresent();
        assertThatThrownBy(() -> acceptance.of(otto(), reference)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void shouldNameTheDecisionByItsFileWhenTheReviewerGaveNoReferenceAndResolveNothingAfterARejection() {
        // given
        AlbDecisionAcceptance acceptance = new AlbDecisionAcceptance(bed.applications, new AlbDecisionRepository(bed.em),
                bed.auditTrail);
        String accepted = submit();
        String rejected = submit();
        for (String reference : new String[] {accepted, rejected}) {
            long fileId = uploadDecision(FilePurpose.ALB_DECISION);
            bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, fileId));
        }
        bed.runDueJobs();

        // when
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(accepted, VERIFY_ALB_DECISION),
                TaskDecision.accept()));
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(rejected, VERIFY_ALB_DECISION),
                TaskDecision.reject("Het besluit is van een andere organisatie.")));

        // then
        assertThat(acceptance.of(anne(), accepted)).map(a -> a.reference()).hasValue("besluit-rvig.pdf");
        assertThat(acceptance.of(anne(), rejected)).isEmpty();
    }

    private BsnProofKind proofKind(String nameContains) {
        return new BsnProofKindRepository(bed.em).active().stream().filter(k -> k.getNameNl().contains(nameContains))
                .findFirst().orElseThrow();
    }

    private void makeCareProvider() {
        bed.inTransaction(() -> {
            Organisation own = new OrganisationRepository(bed.em).findByOin(ServiceTestBed.OIN).orElseThrow();
            own.classifyAsCareProvider(CareRegister.URA, "12345678");
            return own;
        });
    }

    @Test
    void shouldLetAReviewerAcceptACareProvidersProofOfAKindTheAdminKeeps() {
        makeCareProvider();
        String reference = submit();
        bed.runDueJobs();
        long proof = uploadDecision(FilePurpose.ALB_DECISION);
        BsnProofKind wabvpz = proofKind("Wabvpz");

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, proof)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("draft.albProofKind.required"));
        assertThat(bed.taskId(reference, UPLOAD_ALB_DECISION)).as("the task stays open").isNotNull();
        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, proof, wabvpz.getId()));

        ApplicantKindQueries kinds = new ApplicantKindQueries(bed.applications, new OrganisationRepository(bed.em),
                new AlbDecisionRepository(bed.em), new BsnProofKindRepository(bed.em));
        assertThat(kinds.of(reviewer("rev1"), reference, Locale.forLanguageTag("nl")).proofKind())
                .isEqualTo(wabvpz.getNameNl());
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(reference, VERIFY_ALB_DECISION),
                TaskDecision.accept()));
        assertThat(bed.taskId(reference, REGISTER_APPLICATION)).isNotNull();
    }

    @Test
    void shouldRejectACareProvidersProofWithAReasonAndRefuseAKindTakenOutOfUse() {
        makeCareProvider();
        String reference = submit();
        long proof = uploadDecision(FilePurpose.ALB_DECISION);
        BsnProofKind rvig = proofKind("RvIG");
        bed.inTransaction(() -> {
            new BsnProofKindRepository(bed.em).findById(rvig.getId()).orElseThrow().setActive(false);
            return null;
        });

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, proof,
                rvig.getId()))).satisfies(e -> assertThat(refusalKey(e)).isEqualTo("draft.albProofKind.required"));
        bed.inTransaction(() -> bed.applicationCommands.attachAlbDecision(anne(), reference, proof, proofKind("Wabvpz").getId()));
        bed.runDueJobs();
        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(reference, VERIFY_ALB_DECISION),
                TaskDecision.reject("Het bewijs noemt een andere zorgaanbieder.")));

        assertThat(bed.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(REGISTER_APPLICATION).count()).isZero();
        Application application = bed.applications.findByReference(reference).orElseThrow();
        assertThat(bed.auditTrail.ofApplication(application.getId())).extracting(AuditEvent::getAction)
                .containsSubsequence("albDecisionAttached", "taskCompleted");
    }
}
