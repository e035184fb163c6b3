package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ConvertedRows;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.change.ChangePreview;
import nl.dictu.tvs.portal.usecase.change.ChangeProposal;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.usecase.change.LiveRegistration;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A change request on a live connection ({@code applicant/change.xhtml?reference=&environment=}): a copy of what is
 * live in the environment to edit (services with their levels, contacts, certificate and metadata), the differences
 * and trust checks against what is live on "Check", and starting the request. The service holds every rule.
 */
@Named
@ViewScoped
public class ChangeBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "change";

    @EJB
    private ChangeRequests changes;

    @EJB
    private UploadService uploads;

    private String environment;
    private String openRequest;
    private final ArrayList<ChangeServiceRow> services = new ArrayList<>();
    private final ArrayList<ContactRow> contacts = new ArrayList<>();
    private final CertificateMetadataInput input = new CertificateMetadataInput();
    private ChangePreview preview;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        try {
            LiveRegistration live = changes.liveCopy(user, reference, environment());
            live.services().forEach(service -> services.add(new ChangeServiceRow(service)));
            live.contacts().forEach(contact -> contacts.add(new ContactRow(contact)));
            input.setCertificatePem(live.certificatePem());
            input.setMetadataText(live.metadataText());
            // an ordinary change waits for every request open on the connection, those about served organisations too
            openRequest = changes.connections(user).stream()
                    .filter(c -> c.reference().equals(reference) && c.environment().equals(environment))
                    .flatMap(c -> Stream.concat(Stream.ofNullable(c.openRequest()),
                            c.openMemberRequests().stream()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            return true;
        } catch (ActionRefusedException e) {
            PageMessages.refusal(null, e);
            return false;
        }
    }

    public void addService() {
        services.add(new ChangeServiceRow());
    }

    /** "Check": the differences from what is live and the trust checks on the edited copy. */
    public String check() {
        ChangeProposal proposal = proposal();
        if (proposal != null) {
            try {
                preview = changes.preview(user(), getReference(), proposal, locale());
            } catch (InvalidApplicationException e) {
                FormFields.invalid(FORM, e);
            } catch (ApplicationServiceException e) {
                refusedAtFields(e);
            }
        }
        return null;
    }

    public String submit() {
        ChangeProposal proposal = proposal();
        if (proposal == null) {
            return null;
        }
        ChangeRequestView started;
        try {
            started = changes.submit(user(), getReference(), proposal, locale());
        } catch (InvalidApplicationException e) {
            FormFields.invalid(FORM, e);
            return null;
        } catch (ApplicationServiceException e) {
            refusedAtFields(e);
            return null;
        }
        return "/applicant/change-request?faces-redirect=true&reference=" + started.reference();
    }

    private ChangeProposal proposal() {
        if (!input.takeUploads(uploads, user(), FORM + ":certificatePem", FORM + ":metadataText")
                || !FormFields.requireCertificateAndMetadata(input, FORM)) {
            return null;
        }
        ConvertedRows<ServiceDeclaration> declared = ConvertedRows.of("services",
                services.stream().filter(row -> !row.isRemoved()).toList(), ChangeServiceRow::toDeclaration);
        ConvertedRows<Contact> declaredContacts = ConvertedRows.of("contacts", contacts, ContactRow::toContact);
        if (!FormFields.invalid(FORM, declared.refusals()) | !FormFields.invalid(FORM, declaredContacts.refusals())) {
            return null;
        }
        return new ChangeProposal(environment(), declared.values(), declaredContacts.values(), input.getCertificatePem(),
                input.metadataBytes());
    }

    private void refusedAtFields(ApplicationServiceException e) {
        if (e instanceof ActionRefusedException refusal && refusal.field() != null) {
            refusal.all().forEach(one -> PageMessages.refusal(FORM + ":" + ("metadata".equals(one.field())
                    ? "metadataText" : one.field()), one));
        } else {
            refused(e);
        }
    }

    private ConnectionEnvironment environment() {
        try {
            return ConnectionEnvironment.valueOf(String.valueOf(environment));
        } catch (IllegalArgumentException e) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<String> getAllLevels() {
        return ChangeServiceRow.allLevels();
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getOpenRequest() {
        return openRequest;
    }

    public List<ChangeServiceRow> getServices() {
        return services;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public CertificateMetadataInput getInput() {
        return input;
    }

    /** The certificate and metadata fields show no findings of their own: the preview lists them. */
    public FindingsBySubject getNoFindings() {
        return FindingsBySubject.NONE;
    }

    public ChangePreview getPreview() {
        return preview;
    }
}
