package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.PublicationAdministration;
import nl.dictu.tvs.portal.usecase.administration.PublicationVersionView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * What the checklist and terms pages share: the list of versions, a new draft from the current
 * version, selecting one to edit, publishing it; every refusal reaches the page as a message. A
 * published version is never edited, and a new one applies to new applications only.
 */
public abstract class PublicationVersionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    protected PublicationAdministration administration;

    private List<PublicationVersionView> versions;
    private String newLabel;
    private PublicationVersionView selected;

    protected abstract List<PublicationVersionView> loadVersions(SignedInUser actor);

    protected abstract void createDraft(SignedInUser actor, String label);

    /** Loads the selected version's content into the form. */
    protected abstract void loadSelected(SignedInUser actor, String label);

    protected abstract void saveSelected(SignedInUser actor, String label);

    protected abstract void publishSelected(SignedInUser actor, String label);

    public List<PublicationVersionView> getVersions() {
        if (versions == null) {
            versions = loadVersions(actor());
        }
        return versions;
    }

    public void newDraft() {
        PageMessages.attempt(() -> {
            createDraft(actor(), newLabel);
            PageMessages.info("admin.publication.draftCreated", newLabel);
            versions = null;
            select(getVersions().stream().filter(v -> v.label().equals(newLabel)).findFirst().orElseThrow());
            newLabel = null;
        });
    }

    public void select(PublicationVersionView version) {
        selected = version;
        loadSelected(actor(), version.label());
    }

    public void save() {
        PageMessages.attempt(() -> {
            saveSelected(actor(), selected.label());
            PageMessages.info("admin.publication.saved", selected.label());
            versions = null;
        });
    }

    public void publish() {
        PageMessages.attempt(() -> {
            publishSelected(actor(), selected.label());
            PageMessages.info("admin.publication.published", selected.label());
            versions = null;
            selected = null;
        });
    }

    public void close() {
        selected = null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
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
}
