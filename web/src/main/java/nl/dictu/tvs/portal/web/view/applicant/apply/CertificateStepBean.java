package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.applying.UploadCheckView;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 3: the PKIoverheid certificate and the signed preproduction metadata, as files or pasted,
 * with the trust check's findings and what was read from them right after each upload.
 */
@Named
@ViewScoped
public class CertificateStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;
    /** The region with the findings and what was read: the page opens there after an upload. */
    private static final String UPLOAD_RESULT = "uploadResult";

    @Inject
    private LocaleBean localeBean;

    private transient Part certificateFile;
    private transient Part metadataFile;
    private String certificatePaste;
    private String metadataPaste;
    private UploadCheckView check;

    @Override
    protected WizardStep step() {
        return WizardStep.CERTIFICATE;
    }

    /** Uploads what was chosen or pasted, saves the draft, and checks again; stays on the page. */
    public String upload() {
        Optional<FileRef> certificate = upload(FilePurpose.CERTIFICATE, FieldIds.CERTIFICATE, certificateFile,
                certificatePaste, "certificate.pem");
        Optional<FileRef> metadata = upload(FilePurpose.METADATA, FieldIds.METADATA, metadataFile, metadataPaste,
                "metadata.xml");
        boolean chosen = certificate.isPresent() || metadata.isPresent();
        certificate.ifPresent(getDraft()::setCertificate);
        metadata.ifPresent(getDraft()::setMetadata);
        if (chosen) {
            certificatePaste = null;
            metadataPaste = null;
            if (save()) {
                uploaded(UPLOAD_RESULT, Stream.of(certificate, metadata).flatMap(Optional::stream).map(FileRef::fileName)
                        .collect(Collectors.joining(", ")));
            }
            check = null;
        } else if (!hasError(FieldIds.CERTIFICATE) && !hasError(FieldIds.METADATA)) {
            refuseUpload(FieldIds.CERTIFICATE, "wizard.upload.nothingChosen");
        }
        return null;
    }

    /** The findings on the saved certificate and metadata, in the page's language. */
    public UploadCheckView getCheck() {
        if (check == null) {
            check = checks().checkUploads(actor(), localeBean.getLocale());
        }
        return check;
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

    public String getCertificatePaste() {
        return certificatePaste;
    }

    public void setCertificatePaste(String certificatePaste) {
        this.certificatePaste = certificatePaste;
    }

    public String getMetadataPaste() {
        return metadataPaste;
    }

    public void setMetadataPaste(String metadataPaste) {
        this.metadataPaste = metadataPaste;
    }
}
