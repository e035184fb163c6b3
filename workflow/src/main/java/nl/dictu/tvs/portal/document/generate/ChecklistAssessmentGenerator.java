package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.ChecklistAssessmentData;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.util.Optional;

/** Issues the checklist assessment report (PDF/A-2b, sealed). */
public final class ChecklistAssessmentGenerator {

    private final DocumentPipeline pipeline;

    public ChecklistAssessmentGenerator(DocumentSealer sealer) {
        this.pipeline = new DocumentPipeline(sealer);
    }

    public IssuedDocument generate(ChecklistAssessmentData data, IssueContext context) {
        return pipeline.issue(DocumentType.CHECKLIST_ASSESSMENT, data.reference(), context, ApplicationJson.of(data),
                new ChecklistAssessmentSection(data), Optional.empty());
    }
}
