package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;

import java.time.Clock;

/**
 * Uploads of an applicant's organisation (certificates, metadata, checklist evidence, RvIG
 * decisions) and their download: by the organisation's own applicants, and by reviewers. Anyone
 * else learns nothing, not even that the file exists.
 */
@Stateless
public class UploadService {

    @Inject
    private StoredFileRepository files;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private Clock clock;

    @Inject
    private RequestLimiter limiter;

    public UploadService() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public UploadService(StoredFileRepository files, OrganisationRepository organisations, Clock clock,
                         RequestLimiter limiter) {
        this.limiter = limiter;
        this.files = files;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Inspects the bytes (size limit of the purpose, type by content) and keeps them for the organisation. */
    public UploadedFile upload(SignedInUser actor, FilePurpose purpose, String fileName, byte[] content) {
        AccessPolicy.requireApplicant(actor);
        if (purpose == FilePurpose.SECURITY_ASSESSMENT) {
            // kept with the assessment it belongs to (usecase.assessment), never as a loose file
            throw new InvalidApplicationException("upload.unknownPurpose", purpose.name());
        }
        Organisation organisation = organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
        limiter.require(RequestLimit.UPLOAD, actor.username());
        String name = nameWithoutPath(fileName);
        String mediaType = UploadInspector.inspect(purpose, name, content);
        StoredFile stored = files.save(new StoredFile(organisation, purpose, name, mediaType, content,
                actor.username(), clock.instant()));
        return UploadedFile.of(stored);
    }

    /** Browsers and scripts may send a path, or no name at all; only the name is kept. */
    public static String nameWithoutPath(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.isEmpty() ? "upload" : last;
    }

    /** The file's description, for the organisation's applicants and for reviewers. */
    public UploadedFile describe(SignedInUser actor, long fileId) {
        return UploadedFile.of(readable(actor, fileId));
    }

    /** The file's bytes, for the organisation's applicants and for reviewers. */
    public FileDownload download(SignedInUser actor, long fileId) {
        StoredFile file = readable(actor, fileId);
        return new FileDownload(file.getFileName(), file.getMediaType(), file.getSha256(), file.getContent());
    }

    private StoredFile readable(SignedInUser actor, long fileId) {
        StoredFile file = files.findById(fileId)
                .orElseThrow(() -> new AccessRefusedException("access.fileNotFound", String.valueOf(fileId)));
        boolean reviewer = actor.hasRole(Role.REVIEWER_NAME);
        boolean ownOrganisation = actor.organisationOin() != null
                && actor.organisationOin().equals(file.getOrganisation().getOin());
        if (!reviewer && !ownOrganisation) {
            throw new AccessRefusedException("access.fileNotFound", String.valueOf(fileId));
        }
        return file;
    }

    /** For the content rules: the file when it belongs to the organisation and has the purpose. */
    public static boolean isOwnFile(StoredFileRepository files, long fileId, String organisationOin, FilePurpose purpose) {
        return files.findById(fileId)
                .filter(file -> file.getPurpose() == purpose)
                .filter(file -> file.getOrganisation().getOin().equals(organisationOin))
                .isPresent();
    }
}
