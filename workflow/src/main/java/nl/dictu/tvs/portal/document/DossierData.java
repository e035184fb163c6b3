package nl.dictu.tvs.portal.document;

import java.util.Objects;
import java.util.Optional;

/**
 * All documents of one application, for the dossier. An application that stopped early (rejected,
 * withdrawn) has no approval or production part yet; those are then {@code null} and left out.
 */
public record DossierData(
        ReceiptData receipt,
        ChecklistAssessmentData assessment,
        ApprovalLetterData preproductionApproval,
        ProductionConfirmationData productionConfirmation) {

    public DossierData {
        Objects.requireNonNull(receipt, "receipt");
    }

    public String reference() {
        return receipt.reference();
    }

    public Optional<ChecklistAssessmentData> assessmentIfAny() {
        return Optional.ofNullable(assessment);
    }

    public Optional<ApprovalLetterData> preproductionApprovalIfAny() {
        return Optional.ofNullable(preproductionApproval);
    }

    public Optional<ProductionConfirmationData> productionConfirmationIfAny() {
        return Optional.ofNullable(productionConfirmation);
    }
}
