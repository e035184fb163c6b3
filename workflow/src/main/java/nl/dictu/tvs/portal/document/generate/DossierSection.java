package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier: a cover page listing the parts, then every document of the application in the
 * order it was issued, each starting on a new page (a title always does). The parts are laid out again rather than imported page by page, so the
 * dossier has one header, one page numbering and one set of fonts.
 */
final class DossierSection implements DocumentBody {

    private final DossierData data;

    DossierSection(DossierData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        List<String> contents = new ArrayList<>();
        List<DocumentBody> parts = new ArrayList<>();
        contents.add(text.get(DocumentType.RECEIPT.titleKey()));
        parts.add(new ReceiptSection(data.receipt()));
        data.assessmentIfAny().ifPresent(a -> {
            contents.add(text.get(DocumentType.CHECKLIST_ASSESSMENT.titleKey()));
            parts.add(new ChecklistAssessmentSection(a));
        });
        data.preproductionApprovalIfAny().ifPresent(a -> {
            contents.add(text.get(DocumentType.PREPRODUCTION_APPROVAL.titleKey()));
            parts.add(ServiceNumberLetter.preproductionApproval(a));
        });
        data.productionConfirmationIfAny().ifPresent(p -> {
            contents.add(text.get(DocumentType.PRODUCTION_CONFIRMATION.titleKey()));
            parts.add(ServiceNumberLetter.productionConfirmation(p));
        });

        layout.title(text.format(DocumentType.DOSSIER.titleKey(), data.reference()));
        layout.paragraph(text.get("document.dossier.intro"));
        layout.heading(text.get("document.dossier.contents"));
        layout.bullets(contents);
        for (DocumentBody part : parts) {
            part.layOut(layout, text);
        }
    }
}
