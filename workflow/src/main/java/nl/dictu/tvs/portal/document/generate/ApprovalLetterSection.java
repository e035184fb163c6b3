package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;
import java.util.List;

/** The preproduction approval letter: the issued service numbers and what to do next. */
final class ApprovalLetterSection implements DocumentBody {

    private final ApprovalLetterData data;

    ApprovalLetterSection(ApprovalLetterData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.approval.title"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.approval.approvedAt"), text.date(data.approvedAt())));
        layout.paragraph(text.get("document.salutation"));
        layout.paragraph(text.get("document.approval.body"));

        layout.heading(text.get("document.approval.section.services"));
        LetterParts.serviceNumbers(layout, text, data.serviceNumbers());
        LetterParts.approvers(layout, text, data.approvers());

        layout.heading(text.get("document.approval.section.next"));
        layout.bullets(List.of(
                text.get("document.approval.next.1"),
                text.get("document.approval.next.2"),
                text.get("document.approval.next.3")));
        LetterParts.closing(layout, text);
    }
}
