package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.layout.Column;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;
import nl.dictu.tvs.portal.document.layout.TableModel;

import java.io.IOException;
import java.util.List;

/**
 * The change confirmation: the reference block with the connection, environment and new version, what changed
 * field by field, who asked and who decided, the ServiceUUIDs after the change, and what follows (DICTU loads it
 * into TVS).
 */
final class ChangeLetter implements DocumentBody {

    private final ChangeConfirmationData data;

    ChangeLetter(ChangeConfirmationData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.change.title"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.change.application"), data.applicationReference()),
                new Field(text.get("document.change.environment"), text.get(data.environment().messageKey())),
                new Field(text.get("document.change.appliedAt"), text.date(data.appliedAt())),
                new Field(text.get("document.change.version"), String.valueOf(data.version())));
        layout.paragraph(text.get("document.salutation"));
        layout.paragraph(text.format("document.change.body", data.applicationReference(), String.valueOf(data.version())));
        layout.heading(text.get("document.change.section.changes"));
        TableModel.Builder changes = TableModel.withColumns(
                new Column(text.get("document.change.column.field"), 30),
                new Column(text.get("document.change.column.before"), 35),
                new Column(text.get("document.change.column.after"), 35));
        data.changes().forEach(change -> changes.row(change.label(), change.before(), change.after()));
        layout.table(changes.build());
        layout.heading(text.get("document.change.section.decision"));
        layout.fields(List.of(
                new Field(text.get("document.change.requestedBy"), data.requestedBy()),
                new Field(text.get("document.change.decidedBy"), data.decidedBy().isEmpty()
                        ? text.get("document.change.decidedAutomatically") : String.join(", ", data.decidedBy()))));
        if (!data.serviceNumbers().isEmpty()) {
            layout.heading(text.get("document.change.section.serviceNumbers"));
            LetterParts.serviceNumbers(layout, text, data.serviceNumbers());
        }
        layout.heading(text.get("document.change.section.next"));
        layout.bullets(List.of(text.get("document.change.next.load"), text.get("document.change.next.metadata")));
        LetterParts.closing(layout, text);
    }
}
