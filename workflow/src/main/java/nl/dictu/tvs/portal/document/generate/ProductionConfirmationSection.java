package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;
import java.util.List;

/**
 * The production connection confirmation, with the obligations that follow from going live: the
 * first ICT security assessment within two months, then one every year between 1 January and
 * 1 May.
 */
final class ProductionConfirmationSection implements DocumentBody {

    private final ProductionConfirmationData data;

    ProductionConfirmationSection(ProductionConfirmationData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.production.title"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.approval.approvedAt"), text.date(data.approvedAt())),
                new Field(text.get("document.production.connectedAt"), text.date(data.liveOn())));
        layout.paragraph(text.get("document.salutation"));
        layout.paragraph(text.get("document.production.body"));

        layout.heading(text.get("document.production.section.services"));
        LetterParts.serviceNumbers(layout, text, data.serviceNumbers());
        LetterParts.approvers(layout, text, data.approvers());

        layout.heading(text.get("document.production.section.next"));
        layout.bullets(List.of(
                text.format("document.production.next.first", text.date(data.firstAssessmentDue())),
                text.get("document.production.next.yearly"),
                text.get("document.production.next.changes")));
        LetterParts.closing(layout, text);
    }
}
