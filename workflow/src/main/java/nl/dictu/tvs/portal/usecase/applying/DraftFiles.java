package nl.dictu.tvs.portal.usecase.applying;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The uploads a draft points at: its certificate and metadata, the RvIG decisions (its own and its served
 * organisations') and the checklist's evidence. Each must be the organisation's own upload of the right kind, and
 * the certificate and metadata go through the trust check as the organisation's own.
 */
@Dependent
public class DraftFiles {

    @Inject
    private StoredFileRepository files;

    @Inject
    private TrustCheck trustCheck;

    @Inject
    private Clock clock;

    public DraftFiles() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DraftFiles(StoredFileRepository files, TrustCheck trustCheck, Clock clock) {
        this.files = files;
        this.trustCheck = trustCheck;
        this.clock = clock;
    }

    /** Refused (as not found) when the draft points at a file that is not the organisation's own upload of that kind. */
    public void requireOwnFiles(WizardDraft content, String oin) {
        requireOwnFile(content.certificate(), oin, FilePurpose.CERTIFICATE);
        requireOwnFile(content.metadata(), oin, FilePurpose.METADATA);
        requireOwnFile(content.albDecision(), oin, FilePurpose.ALB_DECISION);
        content.memberDecisions().values().forEach(decision -> requireOwnFile(Optional.of(decision), oin,
                FilePurpose.ALB_DECISION));
        // the cluster's answers and the served organisations' own
        Stream.concat(content.getChecklist().values().stream(),
                        content.memberChecklists().values().stream().flatMap(answers -> answers.values().stream()))
                .filter(e -> e.getEvidenceFileId() != null)
                .forEach(e -> requireOwnFile(Optional.of(new FileRef(e.getEvidenceFileId(), e.getEvidenceFileName())), oin,
                        FilePurpose.CHECKLIST_EVIDENCE));
    }

    private void requireOwnFile(Optional<FileRef> file, String oin, FilePurpose purpose) {
        if (file.isPresent() && !UploadService.isOwnFile(files, file.get().id(), oin, purpose)) {
            throw new AccessRefusedException("access.fileNotFound", String.valueOf(file.get().id()));
        }
    }

    /** The content of a file the draft points at (its owner checked when the draft was saved). */
    public byte[] bytes(long fileId) {
        return files.findById(fileId).map(StoredFile::getContent)
                .orElseThrow(() -> new AccessRefusedException("access.fileNotFound", String.valueOf(fileId)));
    }

    /** The trust check's findings about the draft's certificate and metadata, for the organisation's own OIN. */
    public List<Finding> uploadFindings(Organisation organisation, WizardDraft content) {
        Optional<byte[]> certificate = content.certificate().map(f -> bytes(f.id()));
        Optional<byte[]> metadata = content.metadata().map(f -> bytes(f.id()));
        if (certificate.isEmpty() && metadata.isEmpty()) {
            return List.of();
        }
        TrustCheckInput input = new TrustCheckInput(organisation.getOin(), certificate, metadata,
                Environment.PREPRODUCTION, content.joinsEenmaligInloggen(), Set.of(),
                ServiceUuidMode.of(content.serviceUuidDelivery().orElse(ServiceUuidDelivery.METADATA)));
        return trustCheck.run(input, clock.instant()).findings().stream().filter(UploadFindings::isAboutUploads).toList();
    }
}
