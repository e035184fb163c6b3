package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.AssuranceLevel;
import nl.dictu.tvs.portal.document.ChecklistAnswer;
import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.RequestedService;
import nl.dictu.tvs.portal.document.UploadedFile;
import nl.dictu.tvs.portal.document.layout.Column;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;
import nl.dictu.tvs.portal.document.layout.TableModel;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** The submission receipt: everything the applicant submitted, in the order of the form. */
final class ReceiptSection implements DocumentBody {

    private final ReceiptData data;

    ReceiptSection(ReceiptData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.receipt.title"));
        layout.paragraph(text.get("document.receipt.intro"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.receipt.submittedAt"), text.dateTime(data.submittedAt())));

        layout.heading(text.get("document.receipt.section.services"));
        TableModel.Builder services = TableModel.withColumns(
                new Column(text.get("document.receipt.column.service"), 50),
                new Column(text.get("document.receipt.column.loginMeans"), 50));
        for (RequestedService service : data.services()) {
            services.row(service.name(), loginMeans(service.loginMeans(), text));
        }
        layout.table(services.build());
        layout.fields(List.of(new Field(text.get("document.receipt.singleSignOn"), text.yesNo(data.singleSignOn()))));

        layout.heading(text.get("document.receipt.section.certificate"));
        layout.fields(List.of(
                new Field(text.get("document.receipt.certificate.subject"), data.certificate().subject()),
                new Field(text.get("document.receipt.certificate.fingerprint"), data.certificate().sha256Fingerprint()),
                new Field(text.get("document.receipt.certificate.expiry"), text.date(data.certificate().notAfter())),
                new Field(text.get("document.receipt.entityId"), data.metadataEntityId())));

        layout.heading(text.get("document.receipt.section.checklist"));
        TableModel.Builder checklist = TableModel.withColumns(
                new Column(text.get("document.checklist.column.number"), 9),
                new Column(text.get("document.checklist.column.question"), 56),
                new Column(text.get("document.checklist.column.answer"), 35));
        for (ChecklistAnswer answer : data.checklist()) {
            checklist.row(answer.code(), answer.question(), answer.answer());
        }
        layout.table(checklist.build());

        layout.heading(text.get("document.receipt.section.terms"));
        layout.fields(List.of(
                new Field(text.get("document.receipt.terms.version"), data.terms().version()),
                new Field(text.get("document.receipt.terms.acceptedBy"), data.terms().acceptedBy()),
                new Field(text.get("document.receipt.terms.acceptedAt"), text.dateTime(data.terms().acceptedAt()))));

        layout.heading(text.get("document.receipt.section.uploads"));
        TableModel.Builder uploads = TableModel.withColumns(
                new Column(text.get("document.receipt.column.file"), 40),
                new Column(text.get("document.receipt.column.sha256"), 60));
        for (UploadedFile file : data.uploads()) {
            uploads.row(file.fileName(), file.sha256());
        }
        layout.table(uploads.build());

        layout.heading(text.get("document.receipt.section.next"));
        layout.paragraph(text.format("document.receipt.next", data.reference()));
    }

    private static String loginMeans(List<AssuranceLevel> levels, DocumentText text) {
        return levels.stream().map(level -> text.get(level.messageKey())).collect(Collectors.joining("\n"));
    }
}
