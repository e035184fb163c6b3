package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.CheckFindings;
import nl.dictu.tvs.portal.usecase.application.Correction;
import nl.dictu.tvs.portal.usecase.checking.LiveFindings;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ConvertedRows;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.web.NotFound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;

/**
 * "Correct the application" ({@code applicant/correct.xhtml}): the content as submitted, the
 * findings beside the certificate and metadata, new files or pasted text, a live check, and the
 * resubmission of what a correction may change, which the service refuses while the checks would
 * still fail.
 */
@Named
@ViewScoped
public class CorrectionBean extends CertificateMetadataTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "correction";

    @EJB
    private ApplicationCommands commands;

    private final ArrayList<ServiceRow> services = new ArrayList<>();
    private final ArrayList<ContactRow> contacts = new ArrayList<>();
    private boolean eenmaligInloggen;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        boolean open = ApplicantTasks.open(queries.dossier(user, reference).status(), CORRECT_APPLICATION).isPresent();
        ApplicationContent content = queries.contentToCorrect(user, reference);
        content.services().forEach(service -> services.add(new ServiceRow(service)));
        content.contacts().forEach(contact -> contacts.add(new ContactRow(contact)));
        eenmaligInloggen = content.eenmaligInloggen();
        getInput().setCertificatePem(content.certificatePem());
        getInput().setMetadataText(new String(content.preproductionMetadata(), StandardCharsets.UTF_8));
        return open;
    }

    /** The findings shown: the live check's once run, else those of the latest automated check. */
    public FindingsBySubject getFindings() {
        if (findings == null) {
            findings = queries.dossier(user(), getReference()).checks().stream()
                    .filter(check -> check.kind() == CheckKind.AUTOMATED).findFirst()
                    .map(CheckFindings::findings).map(FindingsBySubject::of).orElse(FindingsBySubject.NONE);
        }
        return findings;
    }

    public String submit() {
        if (!takeInput()) {
            return null;
        }
        ConvertedRows<ServiceDeclaration> declared = ConvertedRows.of("services", services, ServiceRow::toDeclaration);
        ConvertedRows<Contact> declaredContacts = ConvertedRows.of("contacts", contacts, ContactRow::toContact);
        if (!FormFields.invalid(FORM, declared.refusals()) | !FormFields.invalid(FORM, declaredContacts.refusals())) {
            return null;
        }
        try {
            commands.correct(user(), getReference(), new Correction(declared.values(), declaredContacts.values(),
                    getInput().getCertificatePem(), getInput().metadataBytes()));
        } catch (InvalidApplicationException e) {
            FormFields.invalid(FORM, e);
            return null;
        } catch (ApplicationServiceException e) {
            if (!NotFound.is(e)) {
                // the findings beside the certificate and metadata say what the checks still find
                runLiveCheck();
            }
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "corrected");
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected LiveFindings liveCheck(CertificateMetadataInput input) {
        return liveChecks.correction(user(), getReference(), input.getCertificatePem(), input.metadataBytes(),
                eenmaligInloggen);
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public boolean isEenmaligInloggen() {
        return eenmaligInloggen;
    }
}
