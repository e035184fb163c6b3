package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.domain.Sha256;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.UploadKind;
import nl.dictu.tvs.portal.document.UploadedFile;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every file that came with a version of an application, under the name it was uploaded with:
 * the certificate and metadata (preproduction, and production once requested), the RvIG decision,
 * and the evidence of the checklist answers in the checklist's order. The version keeps the
 * certificate and metadata themselves; the upload they came from is the organisation's newest
 * one with the same content. Content that was never uploaded as a file (pasted, or sent through
 * the API) keeps a descriptive name and has no stored file.
 */
@Dependent
public class ApplicationUploads {

    /** A file with the stored upload it can be downloaded from, or null when it has none. */
    public record StoredUpload(UploadedFile file, Long storedFileId) {
    }

    private final StoredFileRepository files;
    private final AlbDecisionRepository albDecisions;
    private final ChecklistRepository checklists;

    @Inject
    public ApplicationUploads(StoredFileRepository files, AlbDecisionRepository albDecisions, ChecklistRepository checklists) {
        this.files = files;
        this.albDecisions = albDecisions;
        this.checklists = checklists;
    }

    /** The version's files. */
    public List<StoredUpload> of(Application application, ApplicationVersion version) {
        Comparator<String> checklistOrder = checklistOrder(application);
        String oin = application.getOrganisation().getOin();
        List<StoredUpload> uploads = new ArrayList<>();
        uploads.add(uploaded(oin, FilePurpose.CERTIFICATE, UploadKind.CERTIFICATE, "certificate.pem",
                Sha256.hex(version.certificatePemBytes())));
        uploads.add(uploaded(oin, FilePurpose.METADATA, UploadKind.METADATA, "metadata-preproduction.xml",
                version.getPreproductionMetadataSha256()));
        version.getProductionCertificatePem().ifPresent(pem -> uploads.add(uploaded(oin, FilePurpose.CERTIFICATE,
                UploadKind.PRODUCTION_CERTIFICATE, "certificate-production.pem",
                Sha256.hex(pem.getBytes(StandardCharsets.US_ASCII)))));
        version.getProductionMetadataSha256().ifPresent(sha -> uploads.add(uploaded(oin, FilePurpose.METADATA,
                UploadKind.PRODUCTION_METADATA, "metadata-production.xml", sha)));
        albDecisions.latest(application.getId()).ifPresent(decision -> uploads.add(stored(decision.getFile(),
                UploadKind.ALB_DECISION, null)));
        version.checklistAnswers().stream()
                .filter(answer -> answer.evidenceFileId() != null)
                .sorted(Comparator.comparing(ChecklistAnswer::itemCode, checklistOrder))
                .forEach(answer -> files.findById(answer.evidenceFileId()).ifPresent(file ->
                        uploads.add(stored(file, UploadKind.CHECKLIST_EVIDENCE, answer.itemCode()))));
        return uploads;
    }

    /**
     * The order of the checklist the application answered (the wizard's), by item code; codes it
     * does not hold come last, by code.
     */
    public Comparator<String> checklistOrder(Application application) {
        Optional<ChecklistDefinition> definition = application.getChecklistDefinitionId().flatMap(checklists::findById)
                .or(checklists::current);
        return Comparator.<String>comparingInt(code -> definition.flatMap(d -> d.item(code))
                .map(ChecklistItem::position).orElse(Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
    }

    private StoredUpload uploaded(String oin, FilePurpose purpose, UploadKind kind, String fallbackName, String sha256) {
        Optional<StoredFile> file = files.latestWithContent(oin, purpose, sha256);
        return file.map(f -> stored(f, kind, null))
                .orElseGet(() -> new StoredUpload(new UploadedFile(fallbackName, sha256, kind, null), null));
    }

    private static StoredUpload stored(StoredFile file, UploadKind kind, String itemCode) {
        return new StoredUpload(new UploadedFile(file.getFileName(), file.getSha256(), kind, itemCode), file.getId());
    }
}
