package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.util.Optional;

/** Issues the production connection confirmation (PDF/A-2b, sealed). */
public final class ProductionConfirmationGenerator {

    private final DocumentPipeline pipeline;

    public ProductionConfirmationGenerator(DocumentSealer sealer) {
        this.pipeline = new DocumentPipeline(sealer);
    }

    public IssuedDocument generate(ProductionConfirmationData data, IssueContext context) {
        return pipeline.issue(DocumentType.PRODUCTION_CONFIRMATION, data.reference(), context, ApplicationJson.of(data),
                new ProductionConfirmationSection(data), Optional.empty());
    }
}
