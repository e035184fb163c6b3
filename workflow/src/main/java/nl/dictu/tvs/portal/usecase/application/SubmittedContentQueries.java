package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.ApplicationUploads;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.MessageLabel;
import nl.dictu.tvs.portal.document.UploadKind;
import nl.dictu.tvs.portal.domain.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an application's current version holds (contacts, services, uploaded files), for reviewers
 * and the organisation's own applicants; anyone else learns nothing, not even that it exists. The
 * files download through {@link UploadService#download}, with the same rule.
 */
@Stateless
public class SubmittedContentQueries {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationUploads uploads;

    public SubmittedContentQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public SubmittedContentQueries(ApplicationRepository applications, ApplicationUploads uploads) {
        this.applications = applications;
        this.uploads = uploads;
    }

    public SubmittedContentView contentOf(SignedInUser actor, String reference) {
        Application application = readable(actor, reference);
        ApplicationVersion version = applications.currentVersion(application);
        return new SubmittedContentView(reference, version.getNumber(), version.contacts(), version.services(),
                version.isEenmaligInloggen(), version.getServiceUuidDelivery(),
                uploads.of(application, version).stream()
                        .map(u -> new SubmittedContentView.Upload(u.file().kind(), u.file().itemCode(), u.file().fileName(),
                                u.file().sha256(), u.storedFileId()))
                        .toList());
    }

    /**
     * The certificate or metadata the current version holds, under the name the list of files
     * shows: also when it was pasted or sent through the API rather than uploaded as a file, so a
     * reviewer can always open what they assess.
     *
     * @param kindName an {@link UploadKind}: CERTIFICATE, METADATA, PRODUCTION_CERTIFICATE or PRODUCTION_METADATA
     */
    public FileDownload versionContent(SignedInUser actor, String reference, String kindName) {
        Application application = readable(actor, reference);
        UploadKind kind = kindOf(kindName);
        ApplicationVersion version = applications.currentVersion(application);
        Optional<byte[]> content = switch (kind) {
            case CERTIFICATE -> Optional.of(version.certificatePemBytes());
            case METADATA -> Optional.of(version.getPreproductionMetadata());
            case PRODUCTION_CERTIFICATE -> version.getProductionCertificatePem().map(pem -> pem.getBytes(StandardCharsets.US_ASCII));
            case PRODUCTION_METADATA -> version.getProductionMetadata();
            case ALB_DECISION, CHECKLIST_EVIDENCE -> Optional.empty();
        };
        Optional<String> name = uploads.of(application, version).stream().filter(u -> u.file().kind() == kind)
                .map(u -> u.file().fileName()).findFirst();
        if (content.isEmpty() || name.isEmpty()) {
            throw new AccessRefusedException("access.fileNotFound", MessageLabel.of(kind.messageKey()));
        }
        boolean certificate = kind == UploadKind.CERTIFICATE || kind == UploadKind.PRODUCTION_CERTIFICATE;
        return new FileDownload(name.get(), certificate ? "application/x-pem-file" : "application/samlmetadata+xml",
                Sha256.hex(content.get()), content.get());
    }

    private static UploadKind kindOf(String name) {
        try {
            return UploadKind.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new AccessRefusedException("access.fileNotFound", String.valueOf(name));
        }
    }

    private Application readable(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        return application;
    }
}
