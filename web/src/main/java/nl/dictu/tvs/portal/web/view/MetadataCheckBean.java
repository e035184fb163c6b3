package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidation;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationRequest;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationRequest.Upload;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationResult;

import java.util.List;
import java.util.Optional;

/**
 * "Controleer uw metadata" ({@code metadata-check.xhtml}), for every signed-in user: the form's
 * values and the outcome of one check, which {@link MetadataValidation} runs and nothing keeps.
 */
@Named
@RequestScoped
public class MetadataCheckBean {

    static final String FORM = "metadataCheck";

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private MetadataValidation validation;

    private String oin;
    private Environment environment = Environment.PREPRODUCTION;
    private boolean eenmaligInloggen;
    private Part metadataFile;
    private Part certificateFile;
    private MetadataValidationResult result;

    public String check() {
        if (metadataFile == null || metadataFile.getSize() == 0) {
            PageMessages.error(FORM + ":metadataFile", "metadataCheck.metadataRequired");
            return null;
        }
        try {
            Upload metadata = upload(metadataFile, FilePurpose.METADATA);
            Optional<Upload> certificate = certificateFile == null || certificateFile.getSize() == 0 ? Optional.empty()
                    : Optional.of(upload(certificateFile, FilePurpose.CERTIFICATE));
            result = validation.validate(currentUser.user().orElse(null),
                    new MetadataValidationRequest(getOin(), environment, eenmaligInloggen, metadata, certificate));
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(FORM + ":" + (e.messageKey().endsWith("CERTIFICATE") || isAbout(e, certificateFile)
                    ? "certificateFile" : "metadataFile"), e);
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(null, e);
        } finally {
            metadataFile = null;
            certificateFile = null;
        }
        return null;
    }

    private static Upload upload(Part part, FilePurpose purpose) {
        return new Upload(part.getSubmittedFileName(), Uploads.read(part, purpose));
    }

    /** A refusal naming the certificate's file (too large, empty) belongs at the certificate field. */
    private static boolean isAbout(InvalidApplicationException e, Part part) {
        return part != null && part.getSize() > 0 && e.arguments().contains(part.getSubmittedFileName());
    }

    public List<Environment> getEnvironments() {
        return List.of(Environment.values());
    }

    public boolean isChecked() {
        return result != null;
    }

    public MetadataValidationResult getResult() {
        return result;
    }

    /** Prefilled with the signed-in user's organisation's OIN; staff have none and type one. */
    public String getOin() {
        if (oin == null) {
            oin = currentUser.user().map(SignedInUser::organisationOin).orElse("");
        }
        return oin;
    }

    public void setOin(String oin) {
        this.oin = oin == null ? "" : oin.strip();
    }

    public Environment getEnvironment() {
        return environment;
    }

    public void setEnvironment(Environment environment) {
        this.environment = environment == null ? Environment.PREPRODUCTION : environment;
    }

    public boolean isEenmaligInloggen() {
        return eenmaligInloggen;
    }

    public void setEenmaligInloggen(boolean eenmaligInloggen) {
        this.eenmaligInloggen = eenmaligInloggen;
    }

    public Part getMetadataFile() {
        return metadataFile;
    }

    public void setMetadataFile(Part metadataFile) {
        this.metadataFile = metadataFile;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }
}
