package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ApplicantOrganisation;
import nl.dictu.tvs.portal.document.Approvers;
import nl.dictu.tvs.portal.document.IssuedServiceNumber;
import nl.dictu.tvs.portal.document.layout.Column;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;
import nl.dictu.tvs.portal.document.layout.TableModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks that several documents share: the reference block, service numbers, approvers, closing. */
final class LetterParts {

    private LetterParts() {
    }

    static void referenceBlock(PageLayout layout, DocumentText text, String reference,
                               ApplicantOrganisation organisation, Field... more) throws IOException {
        List<Field> fields = new ArrayList<>(List.of(
                new Field(text.get("document.label.reference"), reference),
                new Field(text.get("document.label.organisation"), organisation.name()),
                new Field(text.get("document.label.oin"), organisation.oin()),
                new Field(text.get("document.label.organisationKind"),
                        text.get("organisationKind." + organisation.kind().name()))));
        if (organisation.careProvider()) {
            fields.add(new Field(text.get("careRegister." + organisation.register().name()), organisation.registerNumber()));
        }
        fields.addAll(List.of(more));
        layout.fields(fields);
    }

    static void serviceNumbers(PageLayout layout, DocumentText text, List<IssuedServiceNumber> numbers)
            throws IOException {
        TableModel.Builder table = TableModel.withColumns(
                new Column(text.get("document.issued.column.service"), 34),
                new Column(text.get("document.issued.column.environment"), 16),
                new Column(text.get("document.issued.column.serviceUuid"), 50));
        for (IssuedServiceNumber number : numbers) {
            table.row(number.serviceName(), text.get(number.environment().messageKey()), number.serviceUuid());
        }
        layout.table(table.build());
    }

    static void approvers(PageLayout layout, DocumentText text, Approvers approvers) throws IOException {
        layout.heading(text.get("document.approvers.title"));
        layout.fields(List.of(
                new Field(text.get("document.approvers.first"), approvers.first()),
                new Field(text.get("document.approvers.second"), approvers.second())));
    }

    static void closing(PageLayout layout, DocumentText text) throws IOException {
        layout.space(6);
        layout.paragraph(text.get("document.closing"));
        layout.strongParagraph(text.get("document.closing.sender"));
    }
}
