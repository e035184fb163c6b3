package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.TerminationConfirmationData;
import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.util.Optional;
import java.util.function.Function;

/**
 * Issues one type of document (PDF/A-2b, sealed) from its input record; one instance per type,
 * made by the factory methods. The dossier, which also embeds a file, has its own
 * {@link DossierGenerator}.
 */
public final class DocumentGenerator<T> {

    private final DocumentType type;
    private final Function<T, String> reference;
    private final Function<T, String> canonicalJson;
    private final Function<T, DocumentBody> body;
    private final DocumentPipeline pipeline;

    private DocumentGenerator(DocumentType type, Function<T, String> reference, Function<T, String> canonicalJson,
                              Function<T, DocumentBody> body, DocumentSealer sealer) {
        this.type = type;
        this.reference = reference;
        this.canonicalJson = canonicalJson;
        this.body = body;
        this.pipeline = new DocumentPipeline(sealer);
    }

    public static DocumentGenerator<ReceiptData> receipt(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.RECEIPT, ReceiptData::reference, ApplicationJson::of,
                ReceiptSection::new, sealer);
    }

    public static DocumentGenerator<ChecklistAssessmentData> checklistAssessment(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.CHECKLIST_ASSESSMENT, ChecklistAssessmentData::reference,
                ApplicationJson::of, ChecklistAssessmentSection::new, sealer);
    }

    public static DocumentGenerator<ApprovalLetterData> preproductionApproval(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.PREPRODUCTION_APPROVAL, ApprovalLetterData::reference,
                ApplicationJson::of, ServiceNumberLetter::preproductionApproval, sealer);
    }

    public static DocumentGenerator<ProductionConfirmationData> productionConfirmation(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.PRODUCTION_CONFIRMATION, ProductionConfirmationData::reference,
                ApplicationJson::of, ServiceNumberLetter::productionConfirmation, sealer);
    }

    public static DocumentGenerator<TerminationConfirmationData> terminationConfirmation(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.TERMINATION_CONFIRMATION, TerminationConfirmationData::reference,
                ApplicationJson::of, TerminationLetter::new, sealer);
    }

    public static DocumentGenerator<ChangeConfirmationData> changeConfirmation(DocumentSealer sealer) {
        return new DocumentGenerator<>(DocumentType.CHANGE_CONFIRMATION, ChangeConfirmationData::reference,
                ApplicationJson::of, ChangeLetter::new, sealer);
    }

    public DocumentType type() {
        return type;
    }

    public IssuedDocument generate(T data, IssueContext context) {
        return pipeline.issue(type, reference.apply(data), context, canonicalJson.apply(data), body.apply(data),
                Optional.empty());
    }
}
