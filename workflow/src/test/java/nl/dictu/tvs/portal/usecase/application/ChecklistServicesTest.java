package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
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
        bed.complete(user, reference, taskKey, decision);
    }

    private String toChecklistAssessment() {
        return toChecklistAssessment(ServiceTestBed.validContent());
    }

    private String toChecklistAssessment(ApplicationContent content) {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), content));
        bed.toChecklistAssessment(reference);
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
                TaskDecision.checklist(verdicts(List.of("D1", "C2"))))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.verdictPerItem"));

        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING, "T3", "C3")));

        ChecklistStatus afterFirst = bed.checklistQueries.checklistOf(anne(), reference);
        assertThat(afterFirst.toRework()).extracting(line -> line.item().code()).containsExactly("C3", "T3");
        assertThat(afterFirst.toRework().get(0).verdictComment()).contains("letterlijk");
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.reworkChecklist(anne(), reference,
                List.of(new ChecklistAnswer("T3", ChecklistAnswerChoice.YES, null, null)))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.rework.exactlyRejectedItems"));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.taskCommands.complete(anne(), bed.taskId(reference, REWORK_CHECKLIST),
                TaskDecision.none())))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("task.completeWithForm"));

        rework(reference, "C3", "T3");
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).underAssessment())
                .extracting(line -> line.item().code()).containsExactly("C3", "T3");
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(List.of("C3", "T3"), "T3")));
        rework(reference, "T3");
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(List.of("T3"))));

        ChecklistStatus done = bed.checklistQueries.checklistOf(reviewer("rev2"), reference);
        assertThat(done.latestRound()).isEqualTo(3);
        assertThat(done.versionNumber()).isEqualTo(3);
        assertThat(done.lines()).allSatisfy(line -> assertThat(line.verdictAccepted()).isTrue());
        assertThat(done.lines()).filteredOn(line -> line.item().code().equals("T3")).singleElement()
                .satisfies(line -> assertThat(line.explanation()).isEqualTo("Opnieuw gebouwd: T3"));
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
        answers.replaceAll(a -> a.itemCode().equals("C2") ? new ChecklistAnswer("C2", ChecklistAnswerChoice.YES, null, evidence.id()) : a);
        ApplicationContent withEvidence = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), answers);
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(otto(), withEvidence)))
                .satisfies(e -> assertThat(refusalKey(e)).isIn("application.invalid.evidenceFile", "access.applicantsOnly"));
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), withEvidence));
        assertThat(bed.checklistQueries.checklistOf(anne(), reference).lines())
                .filteredOn(line -> line.item().code().equals("C2")).singleElement()
                .satisfies(line -> assertThat(line.evidence().fileName()).isEqualTo("bewijs.pdf"));
    }

    @Test
    void shouldAskTheProductionItemOnlyWithTheProductionRequestAndAcceptItWithTheProductionAssessment() {
        ApplicationContent valid = ServiceTestBed.validContent();
        List<ChecklistAnswer> plusC1 = new ArrayList<>(valid.checklistAnswers());
        plusC1.add(new ChecklistAnswer("C1", ChecklistAnswerChoice.YES, null, null));
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.submit(anne(), new ApplicationContent(
                valid.services(), false, valid.certificatePem(), valid.preproductionMetadata(), valid.termsVersion(),
                valid.contacts(), plusC1))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.invalid.checklistNotApplicable"))
                .hasMessageContaining("C1");

        String reference = toChecklistAssessment();
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING)));
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        bed.uploadPreproductionMetadata(reference);
        assertThat(bed.checklistQueries.productionItemsOf(anne(), reference)).extracting(ChecklistItemView::code)
                .containsExactly("C1");
        ProductionRequest answered = ServiceTestBed.productionRequest(productionUuids(reference), false);
        ProductionRequest unanswered = new ProductionRequest(answered.certificatePem(), answered.metadata(), true,
                answered.desiredGoLive(), List.of());
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference, unanswered)))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("application.invalid.checklistUnanswered"))
                .hasMessageContaining("C1");

        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference, answered));
        bed.runDueJobs();
        assertThat(bed.checklistQueries.checklistOf(reviewer("rev1"), reference).underAssessment())
                .extracting(line -> line.item().code()).containsExactly("C1");
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.accept());

        ChecklistStatus afterProduction = bed.checklistQueries.checklistOf(anne(), reference);
        assertThat(afterProduction.underAssessment()).isEmpty();
        assertThat(afterProduction.lines()).filteredOn(line -> line.item().code().equals("C1")).singleElement()
                .satisfies(line -> {
                    assertThat(line.verdictAccepted()).isTrue();
                    assertThat(line.item().phase()).isEqualTo(ChecklistPhase.PRODUCTION);
                });
    }

    @Test
    void shouldKeepShowingAndAssessingTheOldItemsOfAnApplicationStartedBeforeTheNewVersionWasPublished() {
        bed.inTransaction(() -> bed.em.createNativeQuery("UPDATE checklist_definition SET status = 'DRAFT', "
                + "published_at = NULL, published_by = NULL WHERE label = '2026.2'").executeUpdate());
        bed.em.clear();
        List<String> oldItems = List.of("D1", "D2", "C1", "C2", "C3", "T1", "T2", "T3", "T4", "H1", "B1");
        ApplicationContent valid = ServiceTestBed.validContent();
        ApplicationContent onTheOldVersion = new ApplicationContent(valid.services(), false, valid.certificatePem(),
                valid.preproductionMetadata(), valid.termsVersion(), valid.contacts(), oldItems.stream()
                .map(code -> new ChecklistAnswer(code, ChecklistAnswerChoice.YES, null, null)).toList());
        String reference = toChecklistAssessment(onTheOldVersion);
        bed.inTransaction(() -> {
            bed.checklists.findByLabel("2026.2").orElseThrow().publish("beheerder", bed.clock.instant());
            return null;
        });

        assertThat(bed.checklistQueries.currentChecklist().label()).isEqualTo("2026.2");
        ChecklistStatus old = bed.checklistQueries.checklistOf(reviewer("rev1"), reference);
        assertThat(old.checklistLabel()).isEqualTo("2026.1");
        assertThat(old.underAssessment()).extracting(line -> line.item().code()).containsExactlyInAnyOrderElementsOf(oldItems);
        assertThatThrownBy(() -> complete("rev1", reference, ASSESS_CHECKLIST,
                TaskDecision.checklist(verdicts(CHECKLIST_FOR_DIGID_AND_EHERKENNING))))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("decision.checklist.verdictPerItem"));
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(verdicts(oldItems)));
        assertThat(bed.checklistQueries.checklistOf(anne(), reference).lines())
                .allSatisfy(line -> assertThat(line.verdictAccepted()).isTrue())
                .extracting(line -> line.item().code()).contains("T1", "T4");
        assertThat(bed.checklistQueries.productionItemsOf(anne(), reference)).isEmpty();
    }

    private List<String> productionUuids(String reference) {
        return bed.applicantQueries.dossier(anne(), reference).serviceUuids().stream()
                .filter(u -> u.environment().equals("PRODUCTION"))
                .map(ApplicantDossier.ServiceUuid::uuid).toList();
    }
}
