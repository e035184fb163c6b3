package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.documents.DocumentDownload;
import nl.dictu.tvs.portal.shared.error.DocumentNotFoundException;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.document.seal.SealStatus;
import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.usecase.notification.MailAttachment;
import nl.dictu.tvs.portal.usecase.notification.OutboxDispatcher;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessDocumentsTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final ApplicationDocuments documents = bed.applicationDocuments();

    @AfterEach
    void close() {
        bed.close();
    }

    private void complete(String user, String reference, String taskKey, TaskDecision decision) {
        String taskId = bed.taskId(reference, taskKey);
        bed.inTransaction(() -> bed.taskCommands.complete(user.equals("anne") ? anne() : reviewer(user), taskId, decision));
        bed.runDueJobs();
    }

    private String toProduction() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();
        complete("rev1", reference, REGISTER_APPLICATION, TaskDecision.accept());
        complete("rev1", reference, ARRANGE_DIGID_CONNECTION, TaskDecision.withReference("DIGID-2026-123"));
        complete("rev2", reference, DELIVER_TEST_ACCOUNTS, TaskDecision.withReference("Vier DigiD-testaccounts per beveiligde mail"));
        complete("anne", reference, ACKNOWLEDGE_TEST_ACCOUNTS, TaskDecision.none());
        complete("rev1", reference, ASSESS_CHECKLIST, TaskDecision.checklist(ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING
                .stream().map(code -> new ItemVerdict(code, true, "in orde")).toList()));
        complete("rev2", reference, APPROVE_PREPRODUCTION, TaskDecision.accept());
        bed.uploadPreproductionMetadata(reference);
        List<String> productionUuids = bed.applicantQueries.dossier(anne(), reference).serviceUuids().stream()
                .filter(u -> u.environment().equals("PRODUCTION")).map(ApplicantDossier.ServiceUuid::uuid).toList();
        bed.inTransaction(() -> bed.applicationCommands.requestProduction(anne(), reference,
                ServiceTestBed.productionRequest(productionUuids, false)));
        bed.runDueJobs();
        complete("rev1", reference, ASSESS_PRODUCTION, TaskDecision.accept());
        complete("rev2", reference, APPROVE_PRODUCTION, TaskDecision.accept());
        return reference;
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void shouldIssueEachDocumentWhenTheProcessReachesItsStepAndSealIt() throws IOException {
        String reference = toProduction();

        List<DocumentView> issued = documents.list(reviewer("rev1"), reference);

        assertThat(issued).extracting(DocumentView::kind, DocumentView::round).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RECEIPT", 1),
                org.assertj.core.groups.Tuple.tuple("CHECKLIST_ASSESSMENT", 1),
                org.assertj.core.groups.Tuple.tuple("PREPRODUCTION_APPROVAL", 1),
                org.assertj.core.groups.Tuple.tuple("RECEIPT", 3),
                org.assertj.core.groups.Tuple.tuple("PRODUCTION_CONFIRMATION", 1),
                org.assertj.core.groups.Tuple.tuple("DOSSIER", 5));
        assertThat(issued).extracting(DocumentView::fileName).doesNotHaveDuplicates().containsExactly(
                "ontvangstbevestiging-" + reference + "-v1.pdf", "beoordeling-checklist-" + reference + "-ronde-1.pdf",
                "goedkeuring-preproductie-" + reference + "-ronde-1.pdf", "ontvangstbevestiging-" + reference + "-v3.pdf",
                "bevestiging-productie-" + reference + "-ronde-1.pdf", "dossier-" + reference + "-5-documenten.pdf");
        assertThat(documents.download(anne(), reference, issued.get(3).id()).fileName())
                .isEqualTo("ontvangstbevestiging-" + reference + "-v3.pdf");
        for (DocumentView view : issued) {
            DocumentDownload download = documents.download(anne(), reference, view.id());
            assertThat(Sha256.hex(download.content())).as(view.kind()).isEqualTo(view.sha256());
            assertThat(bed.documentService.verifySeal(download.content()).status()).as(view.kind()).isEqualTo(SealStatus.VALID);
            assertThat(view.language()).isEqualTo("nl");
        }
        String approval = text(documents.download(anne(), reference, issued.get(2).id()).content());
        assertThat(approval).contains(reference, "Rev One", "Rev Two", "Gemeente Voorbeeldstad");
        assertThat(bed.applicantQueries.dossier(anne(), reference).serviceUuids())
                .filteredOn(u -> u.environment().equals("PREPRODUCTION"))
                .allSatisfy(u -> assertThat(approval).contains(u.uuid()));
        assertThat(text(documents.download(anne(), reference, issued.get(0).id()).content()))
                .contains(reference, "Parkeervergunning", "urn:nl-eid-gdi:1.0:DV:" + ServiceTestBed.OIN,
                        ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING.get(0));
        assertThat(text(documents.download(anne(), reference, issued.get(1).id()).content()))
                .contains("in orde", ServiceTestBed.CHECKLIST_FOR_DIGID_AND_EHERKENNING.get(0));
    }

    @Test
    void shouldPrintEachChecklistItemsSourceWhereTheAnswersArePrinted() throws IOException {
        String reference = toProduction();
        List<DocumentView> issued = documents.list(reviewer("rev1"), reference);

        for (int document : List.of(0, 1, 5)) {
            String text = text(documents.download(anne(), reference, issued.get(document).id()).content())
                    .replaceAll("\\s+", " ");
            assertThat(text).as(issued.get(document).kind())
                    .contains("Bron: Checklist aansluiten op DigiD en DigiD Machtigen, versie 1.0, 1 november 2022")
                    .contains("Bron: TVS Checklist Testen, versie 2.1. Voorlopige tekst tot DICTU de tekst aanlevert.");
        }
    }

    @Test
    void shouldReuseTheStoredDocumentWhenAStepRunsAgain() {
        String reference = toProduction();
        long applicationId = bed.applications.findByReference(reference).orElseThrow().getId();
        StoredDocument first = bed.documents.latest(applicationId, DocumentKind.PRODUCTION_CONFIRMATION).orElseThrow();
        StoredDocument dossier = bed.documents.latest(applicationId, DocumentKind.DOSSIER).orElseThrow();

        StoredDocument again = bed.inTransaction(() -> bed.documentIssuer.productionConfirmation(applicationId));
        StoredDocument dossierAgain = bed.inTransaction(() -> bed.documentIssuer.dossier(applicationId));
        DocumentView onDemand = bed.inTransaction(() -> documents.dossier(reviewer("rev2"), reference));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(dossierAgain.getId()).isEqualTo(dossier.getId());
        assertThat(onDemand.id()).isEqualTo(dossier.getId());
        assertThat(bed.documents.summaries(applicationId)).hasSize(6);
    }

    @Test
    void shouldTellAnotherOrganisationThatTheDocumentDoesNotExist() {
        String reference = toProduction();
        long receiptId = documents.list(anne(), reference).get(0).id();

        assertThatThrownBy(() -> documents.list(otto(), reference)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> documents.download(otto(), reference, receiptId)).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> documents.download(anne(), "TVS-2099-99999", receiptId))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> documents.dossier(anne(), reference)).isInstanceOf(RuntimeException.class);
        assertThat(documents.download(reviewer("rev2"), reference, receiptId).content()).startsWith("%PDF".getBytes());
    }

    @Test
    void shouldSendTheMailsThatBelongToADocumentWithThePdfAttached() {
        String reference = toProduction();
        List<RenderedMail> sent = new ArrayList<>();

        new OutboxDispatcher(bed.outboxSteps(), sent::add).dispatchDue();

        Map<String, Optional<MailAttachment>> attachments = sent.stream()
                .collect(Collectors.toMap(RenderedMail::subject, RenderedMail::attachment, (a, b) -> a));
        assertThat(sent).filteredOn(m -> m.subject().contains("ontvangen")).hasSize(2)
                .allSatisfy(m -> assertThat(m.attachment()).get().satisfies(a -> {
                    assertThat(a.fileName()).startsWith(reference).endsWith(".pdf");
                    assertThat(a.content()).startsWith("%PDF".getBytes());
                }));
        assertThat(attachments).hasEntrySatisfying("Aanvraag " + reference + ": live op productie",
                a -> assertThat(a).get().extracting(MailAttachment::fileName).asString().contains("production"));
        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).isEmpty();
        assertThat(bed.outbox.withStatus(MailStatus.SENT)).filteredOn(m -> m.getTemplateKey().equals(Notifications.PREPRODUCTION_CONNECTED))
                .extracting(OutboxMail::getAttachmentDocumentId).allSatisfy(id -> assertThat(id).isPresent());
    }
}
