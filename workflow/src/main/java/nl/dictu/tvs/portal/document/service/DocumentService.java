package nl.dictu.tvs.portal.document.service;

import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.TerminationConfirmationData;
import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.ApprovalLetterData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.generate.DocumentGenerator;
import nl.dictu.tvs.portal.document.generate.DossierGenerator;
import nl.dictu.tvs.portal.document.seal.DocumentSealVerifier;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;
import nl.dictu.tvs.portal.document.seal.SealVerification;
import nl.dictu.tvs.portal.document.seal.SealingKeySource;

/**
 * The facade the process and the UI use: issue a document (sealed PDF/A bytes plus SHA-256) and
 * check the seal of a stored one.
 *
 * <p>Every method is a pure function of its arguments and the sealing key: no clock, no random
 * numbers. A process step that issues a document should store the moment it first reached the
 * step and pass it in {@link IssueContext}; a retried job then produces the identical document
 * and can recognise an already stored copy by its SHA-256 instead of storing a second one.
 */
@ApplicationScoped
public class DocumentService {

    private SealingKeySource keys;
    private DocumentGenerator<ReceiptData> receipts;
    private DocumentGenerator<ChecklistAssessmentData> assessments;
    private DocumentGenerator<ApprovalLetterData> approvals;
    private DocumentGenerator<ProductionConfirmationData> confirmations;
    private DossierGenerator dossiers;
    private DocumentGenerator<TerminationConfirmationData> terminations;
    private DocumentGenerator<ChangeConfirmationData> changes;

    /** For CDI proxies only. */
    protected DocumentService() {
    }

    @Inject
    public DocumentService(SealingKeySource keys) {
        this.keys = keys;
        DocumentSealer sealer = new DocumentSealer(keys);
        this.receipts = DocumentGenerator.receipt(sealer);
        this.assessments = DocumentGenerator.checklistAssessment(sealer);
        this.approvals = DocumentGenerator.preproductionApproval(sealer);
        this.confirmations = DocumentGenerator.productionConfirmation(sealer);
        this.dossiers = new DossierGenerator(sealer);
        this.terminations = DocumentGenerator.terminationConfirmation(sealer);
        this.changes = DocumentGenerator.changeConfirmation(sealer);
    }

    public IssuedDocument receipt(ReceiptData data, IssueContext context) {
        return receipts.generate(data, context);
    }

    public IssuedDocument checklistAssessment(ChecklistAssessmentData data, IssueContext context) {
        return assessments.generate(data, context);
    }

    public IssuedDocument preproductionApproval(ApprovalLetterData data, IssueContext context) {
        return approvals.generate(data, context);
    }

    public IssuedDocument productionConfirmation(ProductionConfirmationData data, IssueContext context) {
        return confirmations.generate(data, context);
    }

    public IssuedDocument terminationConfirmation(TerminationConfirmationData data, IssueContext context) {
        return terminations.generate(data, context);
    }

    public IssuedDocument changeConfirmation(ChangeConfirmationData data, IssueContext context) {
        return changes.generate(data, context);
    }

    public IssuedDocument dossier(DossierData data, IssueContext context) {
        return dossiers.generate(data, context);
    }

    /** Whether the document carries an intact seal made with this portal's sealing key. */
    public SealVerification verifySeal(byte[] pdf) {
        return new DocumentSealVerifier(keys.sealingKey().certificate()).verify(pdf);
    }
}
