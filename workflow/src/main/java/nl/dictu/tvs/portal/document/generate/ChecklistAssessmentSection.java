package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.AssessedItem;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.Verdict;
import nl.dictu.tvs.portal.document.layout.Column;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;
import nl.dictu.tvs.portal.document.layout.TableModel;

import java.io.IOException;

/** The checklist assessment report: per item the answer, the verdict and the reviewer's comment. */
final class ChecklistAssessmentSection implements DocumentBody {

    private final ChecklistAssessmentData data;

    ChecklistAssessmentSection(ChecklistAssessmentData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.assessment.title"));
        layout.paragraph(text.get("document.assessment.intro"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.assessment.assessedAt"), text.dateTime(data.assessedAt())),
                new Field(text.get("document.assessment.reviewer"), data.reviewer()));
        layout.strongParagraph(text.format("document.assessment.summary",
                data.count(Verdict.APPROVED), data.count(Verdict.REJECTED), data.count(Verdict.NOT_APPLICABLE)));

        layout.heading(text.get("document.assessment.section.items"));
        TableModel.Builder items = TableModel.withColumns(
                new Column(text.get("document.checklist.column.number"), 7),
                new Column(text.get("document.checklist.column.question"), 38),
                new Column(text.get("document.checklist.column.answer"), 16),
                new Column(text.get("document.checklist.column.verdict"), 12),
                new Column(text.get("document.checklist.column.comment"), 27));
        for (AssessedItem item : data.items()) {
            items.row(item.code(), item.questionWithSource(), item.answer(), text.get(item.verdict().messageKey()),
                    item.comment());
        }
        layout.table(items.build());
    }
}
