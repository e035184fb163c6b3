package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.ReceiptData;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.util.Optional;

/** Issues the submission receipt (PDF/A-2b, sealed). */
public final class ReceiptGenerator {

    private final DocumentPipeline pipeline;

    public ReceiptGenerator(DocumentSealer sealer) {
        this.pipeline = new DocumentPipeline(sealer);
    }

    public IssuedDocument generate(ReceiptData data, IssueContext context) {
        return pipeline.issue(DocumentType.RECEIPT, data.reference(), context, ApplicationJson.of(data),
                new ReceiptSection(data), Optional.empty());
    }
}
