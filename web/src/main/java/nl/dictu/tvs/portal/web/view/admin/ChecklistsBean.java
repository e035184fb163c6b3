package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.account.SignedInUser;
import nl.dictu.tvs.portal.application.ApplicationServiceException;
import nl.dictu.tvs.portal.application.ChecklistItemInput;
import nl.dictu.tvs.portal.application.PublicationAdministration;
import nl.dictu.tvs.portal.application.PublicationVersionView;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.checklist.ChecklistApplicability;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Checklist versions: list, a new draft from the current version, edit the draft's items, publish. */
@Named
@ViewScoped
public class ChecklistsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private PublicationAdministration administration;

    private List<PublicationVersionView> versions;
    private String newLabel;
    private PublicationVersionView selected;
    private List<ChecklistItemInput> items = new ArrayList<>();

    public List<PublicationVersionView> getVersions() {
        if (versions == null) {
            versions = administration.checklistVersions(actor());
        }
        return versions;
    }

    public List<ChecklistApplicability> getApplicabilities() {
        return List.of(ChecklistApplicability.values());
    }

    public void newDraft() {
        try {
            administration.newChecklistDraft(actor(), newLabel);
            PageMessages.info("admin.publication.draftCreated", newLabel);
            versions = null;
            select(getVersions().stream().filter(v -> v.label().equals(newLabel)).findFirst().orElseThrow());
            newLabel = null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(e);
        }
    }

    public void select(PublicationVersionView version) {
        selected = version;
        items = new ArrayList<>(administration.checklistItems(actor(), version.label()));
    }

    public void addItem() {
        items.add(new ChecklistItemInput());
    }

    public void removeItem(ChecklistItemInput item) {
        items.remove(item);
    }

    public void save() {
        try {
            administration.saveChecklistItems(actor(), selected.label(), items);
            PageMessages.info("admin.publication.saved", selected.label());
            versions = null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(e);
        }
    }

    public void publish() {
        try {
            administration.publishChecklist(actor(), selected.label());
            PageMessages.info("admin.publication.published", selected.label());
            versions = null;
            selected = null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(e);
        }
    }

    public void close() {
        selected = null;
    }

    private SignedInUser actor() {
        return currentUser.user().orElseThrow();
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public PublicationVersionView getSelected() {
        return selected;
    }

    public List<ChecklistItemInput> getItems() {
        return items;
    }
}
