package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A certificate and metadata as a form takes them: pasted as text, or chosen as files. A chosen
 * file goes through the upload service (size limit, type by content, stored with its SHA-256) and
 * its content replaces the text, so the person sees what was read.
 */
public class CertificateMetadataInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String certificatePem = "";
    private String metadataText = "";
    private transient Part certificateFile;
    private transient Part metadataFile;

    /**
     * Takes the chosen files, if any; a refused file gets its message on its field and leaves the
     * text as it was. Returns whether every chosen file was taken.
     */
    public boolean takeUploads(UploadService uploads, SignedInUser actor, String certificateFieldId, String metadataFieldId) {
        boolean ok = true;
        if (Uploads.chosen(certificateFile)) {
            try {
                byte[] content = Uploads.read(certificateFile, FilePurpose.CERTIFICATE);
                UploadedFile stored = uploads.upload(actor, FilePurpose.CERTIFICATE, certificateFile.getSubmittedFileName(), content);
                certificatePem = UploadInspector.DER.equals(stored.mediaType()) ? pemOf(content)
                        : new String(content, StandardCharsets.US_ASCII);
            } catch (InvalidApplicationException e) {
                PageMessages.invalid(certificateFieldId, e);
                ok = false;
            }
        }
        if (Uploads.chosen(metadataFile)) {
            try {
                byte[] content = Uploads.read(metadataFile, FilePurpose.METADATA);
                uploads.upload(actor, FilePurpose.METADATA, metadataFile.getSubmittedFileName(), content);
                metadataText = new String(content, StandardCharsets.UTF_8);
            } catch (InvalidApplicationException e) {
                PageMessages.invalid(metadataFieldId, e);
                ok = false;
            }
        }
        certificateFile = null;
        metadataFile = null;
        return ok;
    }



    private static String pemOf(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    public byte[] metadataBytes() {
        return metadataText == null ? new byte[0] : metadataText.strip().getBytes(StandardCharsets.UTF_8);
    }

    public boolean isComplete() {
        return certificatePem != null && !certificatePem.isBlank() && metadataText != null && !metadataText.isBlank();
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public void setCertificatePem(String certificatePem) {
        this.certificatePem = certificatePem == null ? "" : certificatePem;
    }

    public String getMetadataText() {
        return metadataText;
    }

    public void setMetadataText(String metadataText) {
        this.metadataText = metadataText == null ? "" : metadataText;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }

    public Part getMetadataFile() {
        return metadataFile;
    }

    public void setMetadataFile(Part metadataFile) {
        this.metadataFile = metadataFile;
    }
}
