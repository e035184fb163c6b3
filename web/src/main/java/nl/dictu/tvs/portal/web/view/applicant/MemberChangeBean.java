package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.MemberAddition;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRequests;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRules;
import nl.dictu.tvs.portal.usecase.change.MemberRemoval;
import nl.dictu.tvs.portal.web.Uploads;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request about a served organisation of the supplier's live cluster connection
 * ({@code applicant/member-change.xhtml?reference=&environment=&action=ADD|REMOVE}): disconnecting one that is
 * connected now, or connecting one with its OIN, name, services, RvIG's decision when it is not on the ALB list, and
 * new cluster metadata when the live one has no entity of it. The service holds every rule.
 */
@Named
@ViewScoped
public class MemberChangeBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "member";
    /** The service's field names and the form's fields they are shown at. */
    private static final Map<String, String> FIELDS = Map.of(MemberChangeRules.OIN, "oin", MemberChangeRules.NAME, "name",
            MemberChangeRules.SERVICES, "services", MemberChangeRules.DECISION, "rvigDecision",
            MemberChangeRules.METADATA, "metadataText");

    /** One member of the aansluitbestand as the page lists it. */
    public record MemberRow(String oin, String name, String connectedOn, String disconnectedOn) implements Serializable {

        public boolean connected() {
            return disconnectedOn.isEmpty();
        }
    }

    @EJB
    private MemberChangeRequests memberChanges;

    private String environment;
    private String action;
    private List<MemberRow> members = List.of();
    private String oin;
    private String name;
    private String services;
    private String metadataText;
    private transient Part rvigDecision;
    private transient Part metadataFile;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        try {
            members = memberChanges.members(user, reference, environment()).stream()
                    .map(row -> new MemberRow(row.oin(), row.name(), row.connectedOn().toString(),
                            row.disconnectedOn().map(Object::toString).orElse("")))
                    .toList();
            return "ADD".equals(action) || "REMOVE".equals(action);
        } catch (ActionRefusedException e) {
            PageMessages.refusal(null, e);
            return false;
        }
    }

    public String submit() {
        ChangeRequestView started;
        try {
            started = isAddition() ? memberChanges.requestAddition(user(), getReference(), addition(), locale())
                    : memberChanges.requestRemoval(user(), getReference(), new MemberRemoval(environment(), oin), locale());
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(fieldId(e.field()), e);
            return null;
        } catch (ActionRefusedException e) {
            e.all().forEach(one -> PageMessages.refusal(fieldId(one.field()), one));
            return null;
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return "/applicant/change-request?faces-redirect=true&reference=" + started.reference();
    }

    private MemberAddition addition() {
        byte[] decision = Uploads.chosen(rvigDecision) ? Uploads.read(rvigDecision, FilePurpose.ALB_DECISION) : null;
        String decisionName = Uploads.chosen(rvigDecision) ? rvigDecision.getSubmittedFileName() : null;
        byte[] metadata = Uploads.chosen(metadataFile) ? Uploads.read(metadataFile, FilePurpose.METADATA)
                : metadataText == null || metadataText.isBlank() ? null : metadataText.strip().getBytes(StandardCharsets.UTF_8);
        rvigDecision = null;
        metadataFile = null;
        return new MemberAddition(environment(), oin, name, services == null ? List.of()
                : Arrays.asList(services.split("\\R")), decisionName, decision, metadata);
    }

    /** The form's field for a field the service names: the chosen member when removing one. */
    private String fieldId(String field) {
        if (field == null) {
            return null;
        }
        String id = FIELDS.get(field);
        if (id == null) {
            return null;
        }
        return FORM + ":" + ("oin".equals(id) && !isAddition() ? "removeOin" : id);
    }

    private ConnectionEnvironment environment() {
        try {
            return ConnectionEnvironment.valueOf(String.valueOf(environment));
        } catch (IllegalArgumentException e) {
            throw ActionRefusedException.of("environment", "change.environment.missing");
        }
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isAddition() {
        return "ADD".equals(action);
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public List<MemberRow> getConnected() {
        return members.stream().filter(MemberRow::connected).toList();
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOin() {
        return oin;
    }

    public void setOin(String oin) {
        this.oin = oin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getMetadataText() {
        return metadataText;
    }

    public void setMetadataText(String metadataText) {
        this.metadataText = metadataText;
    }

    public Part getRvigDecision() {
        return rvigDecision;
    }

    public void setRvigDecision(Part rvigDecision) {
        this.rvigDecision = rvigDecision;
    }

    public Part getMetadataFile() {
        return metadataFile;
    }

    public void setMetadataFile(Part metadataFile) {
        this.metadataFile = metadataFile;
    }
}
