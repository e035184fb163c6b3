package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.AssuranceLevel;
import nl.dictu.tvs.portal.document.ChecklistAnswer;
import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.ContactPerson;
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

        if (!data.contacts().isEmpty()) {
            layout.heading(text.get("document.receipt.section.contacts"));
            TableModel.Builder contacts = TableModel.withColumns(
                    new Column(text.get("document.receipt.column.contactRole"), 22),
                    new Column(text.get("document.receipt.column.contactName"), 24),
                    new Column(text.get("document.receipt.column.email"), 34),
                    new Column(text.get("document.receipt.column.phone"), 20));
            for (ContactPerson contact : data.contacts()) {
                contacts.row(text.get("contact.role." + contact.role()), contact.name(), contact.email(),
                        contact.phone() == null ? "-" : contact.phone());
            }
            layout.table(contacts.build());
        }

        layout.heading(text.get("document.receipt.section.services"));
        TableModel.Builder services = TableModel.withColumns(
                new Column(text.get("document.receipt.column.service"), 55),
                new Column(text.get("document.receipt.column.loginMeans"), 45));
        for (RequestedService service : data.services()) {
            services.row(serviceDetails(service, text), loginMeans(service.loginMeans(), text));
        }
        layout.table(services.build());
        layout.fields(List.of(new Field(text.get("document.receipt.singleSignOn"), text.yesNo(data.singleSignOn())),
                new Field(text.get("serviceUuidDelivery"), text.get("serviceUuidDelivery." + data.serviceUuidDelivery().name()))));

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
            checklist.row(answer.code(), answer.questionWithSource(), answer.answer());
        }
        layout.table(checklist.build());

        layout.heading(text.get("document.receipt.section.terms"));
        layout.fields(List.of(
                new Field(text.get("document.receipt.terms.version"), data.terms().version()),
                new Field(text.get("document.receipt.terms.acceptedBy"), data.terms().acceptedBy()),
                new Field(text.get("document.receipt.terms.acceptedAt"), text.dateTime(data.terms().acceptedAt()))));

        layout.heading(text.get("document.receipt.section.uploads"));
        TableModel.Builder uploads = TableModel.withColumns(
                new Column(text.get("document.receipt.column.uploadKind"), 22),
                new Column(text.get("document.receipt.column.file"), 30),
                new Column(text.get("document.receipt.column.sha256"), 48));
        for (UploadedFile file : data.uploads()) {
            uploads.row(kind(file, text), file.fileName(), file.sha256());
        }
        layout.table(uploads.build());

        layout.heading(text.get("document.receipt.section.next"));
        layout.paragraph(text.format("document.receipt.next", data.reference()));
    }

    /**
     * The service's Dutch and English names, then what it does, its web address, its privacy policy, its
     * eHerkenning attributes and whether it accepts Machtigen, each on a line of its own when given.
     */
    private static String serviceDetails(RequestedService service, DocumentText text) {
        StringBuilder details = new StringBuilder(service.name());
        details.append('\n').append(text.get("service.nameEn")).append(": ").append(service.nameEn());
        if (!service.description().isBlank()) {
            details.append('\n').append(service.description());
        }
        if (service.url() != null) {
            details.append('\n').append(service.url());
        }
        if (service.privacyPolicyUrl() != null) {
            details.append('\n').append(text.get("service.privacyPolicyUrl")).append(": ").append(service.privacyPolicyUrl());
        }
        if (!service.identifyingAttributes().isEmpty()) {
            details.append('\n').append(text.get("service.identifyingAttributes")).append(": ").append(String.join(", ",
                    service.identifyingAttributes().stream().map(type -> text.get("identifyingAttribute." + type)).toList()));
        }
        for (RequestedService.Attribute attribute : service.requestedAttributes()) {
            details.append('\n').append(attribute.name()).append(": ").append(attribute.purposeNl()).append(" / ")
                    .append(attribute.purposeEn());
        }
        details.append('\n').append(text.get("service.machtigen")).append(": ").append(text.yesNo(service.machtigen()));
        return details.toString();
    }

    /** What the file is: "Bewijsstuk C2" for evidence; "-" when not known. */
    private static String kind(UploadedFile file, DocumentText text) {
        if (file.kind() == null) {
            return "-";
        }
        String label = text.get(file.kind().messageKey());
        return file.itemCode() == null ? label : label + " " + file.itemCode();
    }

    private static String loginMeans(List<AssuranceLevel> levels, DocumentText text) {
        return levels.stream().map(level -> text.get(level.messageKey()) + " (" + text.get(level.eidLevelMessageKey()) + ")")
                .collect(Collectors.joining("\n"));
    }
}
