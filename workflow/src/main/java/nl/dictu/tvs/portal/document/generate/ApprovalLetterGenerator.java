package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.util.Optional;

/** Issues the preproduction approval letter (PDF/A-2b, sealed). */
public final class ApprovalLetterGenerator {

    private final DocumentPipeline pipeline;

    public ApprovalLetterGenerator(DocumentSealer sealer) {
        this.pipeline = new DocumentPipeline(sealer);
    }

    public IssuedDocument generate(ApprovalLetterData data, IssueContext context) {
        return pipeline.issue(DocumentType.PREPRODUCTION_APPROVAL, data.reference(), context, ApplicationJson.of(data),
                new ApprovalLetterSection(data), Optional.empty());
    }
}
