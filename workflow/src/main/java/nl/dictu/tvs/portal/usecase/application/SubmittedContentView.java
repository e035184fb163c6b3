package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.document.UploadKind;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;

import java.util.List;
import java.util.Optional;

/**
 * What the organisation submitted in the application's current version, as the applicant's page
 * and the reviewer's dossier show it: the contacts (technical, administrative, signatory), the
 * services with their descriptions and web addresses, how the web service sends its ServiceUUID, and
 * every uploaded file under the name it was uploaded with.
 */
public record SubmittedContentView(String reference, int versionNumber, List<Contact> contacts,
                                   List<ServiceDeclaration> services, boolean eenmaligInloggen,
                                   ServiceUuidDelivery serviceUuidDelivery, List<Upload> uploads) {

    public SubmittedContentView {
        contacts = List.copyOf(contacts);
        services = List.copyOf(services);
        uploads = List.copyOf(uploads);
    }

    /**
     * One uploaded file.
     *
     * @param itemCode     the checklist item of a piece of evidence, else null
     * @param storedFileId the upload to download ({@code /api/files/<id>}), or null for content that was not uploaded as a file
     */
    public record Upload(UploadKind kind, String itemCode, String fileName, String sha256, Long storedFileId) {

        public boolean downloadable() {
            return storedFileId != null;
        }
    }

    /** The RvIG decision that came with the application or was uploaded for it, if any. */
    public Optional<Upload> albDecision() {
        return uploads.stream().filter(u -> u.kind() == UploadKind.ALB_DECISION).findFirst();
    }
}
