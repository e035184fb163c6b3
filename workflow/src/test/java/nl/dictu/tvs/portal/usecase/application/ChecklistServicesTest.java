package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checklist through the services: complete answers at submission, verdicts per item, rework of only the rejected ones. */
class ChecklistServicesTest {

    private final ServiceTestBed bed = new ServiceTestBed();

    @AfterEach
    void close() {
        bed.close();
    }

    private static String refusalKey(Throwable e) {
        return e instanceof ApplicationServiceException refusal ? refusal.messageKey()
                : ((InvalidApplicationException) e).messageKey();
    }

    private void complete(String user, String reference, String taskKey, TaskDecision decision) {
        String taskId = bed.taskId(reference, taskKey);
        bed.inTransaction(() -> bed.taskCommands.complete(user.equals("anne") ? anne() : reviewer(user), taskId, decision));
        bed.runDueJobs();
    }

    private String toChecklistAssessment() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.accept());
        complete("rev1", reference, ARRANGE_DIGID_CONNECTION, TaskDecision.withReference("DIGID-2026-7"));
        complete("rev2", reference, DELIVER_TEST_ACCOUNTS, TaskDecision.withReference("DigiD test accounts 1-4 by secure mail"));
        complete("anne", reference, ACKNOWLEDGE_TEST_ACCOUNTS, TaskDecision.none());
        return reference;
    }

    private static List<ItemVerdict> verdicts(List<String> codes, String... rejected) {
        List<String> rejectedCodes = List.of(rejected);
        return codes.stream().map(code -> rejectedCodes.contains(code)
                ? new ItemVerdict(code, false, "Toon de foutmelding letterlijk (" + code + ")")
                : new ItemVerdict(code, true, null)).toList();
    }

    @Test
    void shouldRefuseASubmissionThatLeavesAnApplicableItemUnanswered() {
        ApplicationContent valid = ServiceTestBed.validContent();
        List<ChecklistAnswer> withoutC2 = valid.checklistAnswers().stream().filter(a -> !a.itemCode().equals("C2")).toList();
        ApplicationContent incomplete = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), withoutC2);

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(anne(), incomplete)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.invalid.checklistUnanswered"))
                .hasMessageContaining("C2");
        assertThat(bed.queries.myApplications(anne())).isEmpty();
    }

    @Test
    void shouldRefuseAnAnswerToAnItemThatDoesNotApplyAndStaleTerms() {
        ApplicationContent valid = ServiceTestBed.validContent();
        List<ChecklistAnswer> plusEidas = new ArrayList<>(valid.checklistAnswers());
        plusEidas.add(new ChecklistAnswer("I1", ChecklistAnswerChoice.YES, null, null));
        ApplicationContent tooMuch = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), plusEidas);
        ApplicationContent staleTerms = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), "2025.1", valid.contacts(), valid.checklistAnswers());

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(anne(), tooMuch)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.invalid.checklistNotApplicable"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(anne(), staleTerms)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.invalid.termsVersion"))
                .hasMessageContaining("2026.1");
    }

    @Test
    void shouldSendOnlyTheRejectedItemsBackTwiceAndThenApprove() {
        String reference = toChecklistAssessment();
        String assessment = bed.taskId(reference, ASSESS_CHECKLIST);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), assessment,
                TaskDecision.checklist(verdicts(List.of("C1", "C2"))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.verdictPerItem"));

        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING, "T1", "C3")));

        ChecklistStatus afterFirst = bed.checklistQueries.checklistOf(anne(), reference);
        assertThat(afterFirst.toRework()).extracting(line -> line.item().code()).containsExactly("C3", "T1");
        assertThat(afterFirst.toRework().get(0).verdictComment()).contains("letterlijk");
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference,
                List.of(new ChecklistAnswer("T1", ChecklistAnswerChoice.YES, null, null)))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.rework.exactlyRejectedItems"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(anne(), bed.taskId(reference, REWORK_CHECKLIST),
                TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.completeWithForm"));

        rework(reference, "C3", "T1");
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).underAssessment())
                .extracting(line -> line.item().code()).containsExactly("C3", "T1");
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(List.of("C3", "T1"), "T1")));
        rework(reference, "T1");
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(List.of("T1"))));

        ChecklistStatus done = bed.checklistQueries.checklistOf(reviewer("rev2"), reference);
        assertThat(done.latestRound()).isEqualTo(3);
        assertThat(done.versionNumber()).isEqualTo(3);
        assertThat(done.lines()).allSatisfy(line -> assertThat(line.verdictAccepted()).isTrue());
        assertThat(done.lines()).filteredOn(line -> line.item().code().equals("T1")).singleElement()
                .satisfies(line -> assertThat(line.explanation()).isEqualTo("Opnieuw gebouwd: T1"));
        assertThat(bed.taskId(reference, APPROVE_PREPRODUCTION)).isNotNull();
    }

    @Test
    void shouldHaveEveryItemJudgedAgainWhenThePreproductionApprovalIsRefused() {
        String reference = toChecklistAssessment();
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING)));
        assertThatThrownBy(() -> complete("rev2", reference, APPROVE_PREPRODUCTION, new TaskDecision(false, " ", null)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.reasonRequired"));

        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.reject("Bewijs bij C3 ontbreekt"));

        ChecklistStatus reopened = bed.checklistQueries.checklistOf(reviewer("rev1"), reference);
        assertThat(reopened.underAssessment()).extracting(line -> line.item().code())
                .containsExactlyInAnyOrderElementsOf(CHECKLIST_FOR_DIGID_AND_EHERKENNING);
        assertThat(reopened.approvalRefusal().reason()).isEqualTo("Bewijs bij C3 ontbreekt");
        assertThat(reopened.approvalRefusal().refusedBy()).isEqualTo("rev2");
        assertThat(reopened.toRework()).isEmpty();
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING, "C3")));
        assertThat(bed.taskId(reference, REWORK_CHECKLIST)).isNotNull();
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).approvalRefusal()).isNull();
    }

    private void rework(String reference, String... codes) {
        List<ChecklistAnswer> answers = List.of(codes).stream()
                .map(code -> new ChecklistAnswer(code, ChecklistAnswerChoice.NO, "Opnieuw gebouwd: " + code, null)).toList();
        bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference, answers));
        bed.runDueJobs();
    }

    @Test
    void shouldKeepEvidenceForItsOrganisationAndReviewersOnly() {
        byte[] pdf = "%PDF-1.7\nbewijs".getBytes(StandardCharsets.US_ASCII);
        UploadedFile evidence = bed.inTransaction(() -> bed.uploads.upload(anne(), FilePurpose.CHECKLIST_EVIDENCE, "bewijs.pdf", pdf));

        assertThat(evidence.mediaType()).isEqualTo("application/pdf");
        assertThat(evidence.sha256()).isEqualTo(nl.dictu.tvs.portal.domain.Sha256.hex(pdf));
        assertThat(bed.uploads.download(reviewer("rev1"), evidence.id()).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> bed.uploads.download(otto(), evidence.id()))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("access.fileNotFound"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.uploads.upload(anne(), FilePurpose.CHECKLIST_EVIDENCE,
                "bewijs.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("upload.wrongType.CHECKLIST_EVIDENCE"));

        ApplicationContent valid = ServiceTestBed.validContent();
        List<ChecklistAnswer> answers = new ArrayList<>(valid.checklistAnswers());
        answers.replaceAll(a -> a.itemCode().equals("C1") ? new ChecklistAnswer("C1", ChecklistAnswerChoice.YES, null, evidence.id()) : a);
        ApplicationContent withEvidence = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), answers);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(otto(), withEvidence)))
                .satisfies(e -> assertThat(refusalKey(e)).isIn("application.invalid.evidenceFile", "access.applicantsOnly"));
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), withEvidence));
        assertThat(bed.checklistQueries.checklistOf(anne(), reference).lines())
                .filteredOn(line -> line.item().code().equals("C1")).singleElement()
                .satisfies(line -> assertThat(line.evidence().fileName()).isEqualTo("bewijs.pdf"));
    }
}
