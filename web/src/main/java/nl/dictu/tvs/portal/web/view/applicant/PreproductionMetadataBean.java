package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.PreproductionMetadataCommands;
import nl.dictu.tvs.portal.usecase.checking.LiveFindings;
import nl.dictu.tvs.portal.web.NotFound;

import java.nio.charset.StandardCharsets;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;

/**
 * "Upload the updated preproduction metadata" ({@code applicant/preproduction-metadata.xhtml}): the snippet with the
 * issued ServiceUUIDs, the certificate and metadata as submitted to start from, a live check, and the two ways to
 * complete the task: the metadata listing the ServiceUUIDs, or the choice to send the ServiceUUID in the AuthnRequest.
 */
@Named
@ViewScoped
public class PreproductionMetadataBean extends CertificateMetadataTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "preproductionMetadata";

    @EJB
    private PreproductionMetadataCommands commands;

    private String snippet = "";
    private ServiceUuidDelivery delivery;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        var dossier = queries.dossier(user, reference);
        boolean open = ApplicantTasks.open(dossier.status(), UPLOAD_PREPRODUCTION_METADATA).isPresent();
        snippet = dossier.metadataSnippet(ConnectionEnvironment.PREPRODUCTION.name());
        delivery = dossier.serviceUuidDelivery();
        ApplicationContent content = queries.contentToCorrect(user, reference);
        getInput().setCertificatePem(content.certificatePem());
        getInput().setMetadataText(new String(content.preproductionMetadata(), StandardCharsets.UTF_8));
        return open;
    }

    /** The findings shown: those of the live check once run. */
    public FindingsBySubject getFindings() {
        return findings == null ? FindingsBySubject.NONE : findings;
    }

    public String upload() {
        if (!takeInput()) {
            return null;
        }
        try {
            commands.upload(user(), getReference(), getInput().getCertificatePem(), getInput().metadataBytes());
        } catch (ApplicationServiceException e) {
            if (!NotFound.is(e)) {
                // the findings beside the certificate and metadata say what the checks still find
                runLiveCheck();
            }
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "preproductionMetadataUpdated");
    }

    public String sendInAuthnRequest() {
        try {
            commands.sendServiceUuidInAuthnRequest(user(), getReference());
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "serviceUuidInAuthnRequest");
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected LiveFindings liveCheck(CertificateMetadataInput input) {
        return liveChecks.preproductionMetadata(user(), getReference(), input.getCertificatePem(), input.metadataBytes());
    }

    public String getSnippet() {
        return snippet;
    }

    /** Whether the application said, when submitted, that the web service sends its ServiceUUID in the AuthnRequest. */
    public boolean isAuthnRequestChosenBefore() {
        return delivery == ServiceUuidDelivery.AUTHN_REQUEST;
    }
}
