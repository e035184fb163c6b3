package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.pdfa.AssociatedFile;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Issues the dossier: all documents of an application in one PDF/A-3b file, with the
 * application's data embedded as JSON (an associated file with /AFRelationship /Data), so an
 * archive can read the facts without parsing the text.
 */
public final class DossierGenerator {

    public static final String MIME_TYPE = "application/json";
    public static final String RELATIONSHIP = "Data";

    private final DocumentPipeline pipeline;

    public DossierGenerator(DocumentSealer sealer) {
        this.pipeline = new DocumentPipeline(sealer);
    }

    public IssuedDocument generate(DossierData data, IssueContext context) {
        String json = ApplicationJson.of(data);
        AssociatedFile attachment = new AssociatedFile(
                attachmentName(data.reference()),
                MIME_TYPE,
                DocumentText.of(context.language()).format("document.dossier.attachment", data.reference()),
                RELATIONSHIP,
                json.getBytes(StandardCharsets.UTF_8),
                context.issuedAt());
        return pipeline.issue(DocumentType.DOSSIER, data.reference(), context, json, new DossierSection(data),
                Optional.of(attachment));
    }

    public static String attachmentName(String reference) {
        return reference + "-application-data.json";
    }
}
