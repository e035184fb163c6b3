package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.checking.LiveChecks;
import nl.dictu.tvs.portal.usecase.checking.LiveFindings;

/**
 * What the applicant's task pages with a certificate and metadata share (the correction and the
 * production request): the uploads or pasted text, the live check the page runs on them, and the
 * findings it shows beside the fields.
 */
abstract class CertificateMetadataTaskForm extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private UploadService uploads;

    @EJB
    protected LiveChecks liveChecks;

    private final CertificateMetadataInput input = new CertificateMetadataInput();
    private boolean checked;
    private boolean passed;
    protected transient FindingsBySubject findings;

    /** The form's id, which prefixes the client ids of its fields. */
    protected abstract String formId();

    /** The live check of what the form holds now, as the service will check it at submission. */
    protected abstract LiveFindings liveCheck(CertificateMetadataInput input);

    /** "Check now": takes the uploads and shows the live findings. */
    public String check() {
        if (takeInput()) {
            runLiveCheck();
            checked = true;
        }
        return null;
    }

    /**
     * Takes the uploaded files (or the pasted text) and requires both a certificate and metadata;
     * false, with the message beside the field, when something is missing or unreadable.
     */
    protected boolean takeInput() {
        checked = false;
        return input.takeUploads(uploads, user(), formId() + ":certificatePem", formId() + ":metadataText")
                && FormFields.requireCertificateAndMetadata(input, formId());
    }

    protected LiveFindings runLiveCheck() {
        LiveFindings live = liveCheck(input);
        findings = FindingsBySubject.of(live.findings());
        passed = live.passed();
        return live;
    }

    public CertificateMetadataInput getInput() {
        return input;
    }

    public boolean isChecked() {
        return checked;
    }

    /** Whether the last live check would let the form be handed in: what its banner says. */
    public boolean isPassed() {
        return passed;
    }
}
