package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.account.SignedInUser;
import nl.dictu.tvs.portal.application.ApplicationServiceException;
import nl.dictu.tvs.portal.application.PublicationAdministration;
import nl.dictu.tvs.portal.application.PublicationVersionView;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** Terms versions: list, a new draft from the current version, edit the draft's texts, publish. */
@Named
@ViewScoped
public class TermsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private PublicationAdministration administration;

    private List<PublicationVersionView> versions;
    private String newLabel;
    private PublicationVersionView selected;
    private String textNl;
    private String textEn;

    public List<PublicationVersionView> getVersions() {
        if (versions == null) {
            versions = administration.termsVersions(actor());
        }
        return versions;
    }

    public void newDraft() {
        try {
            administration.newTermsDraft(actor(), newLabel);
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
        TermsVersion terms = administration.termsVersion(actor(), version.label());
        textNl = terms.getTextNl();
        textEn = terms.getTextEn();
    }

    public void save() {
        try {
            administration.saveTermsText(actor(), selected.label(), textNl, textEn);
            PageMessages.info("admin.publication.saved", selected.label());
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(e);
        }
    }

    public void publish() {
        try {
            administration.publishTerms(actor(), selected.label());
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

    public String getTextNl() {
        return textNl;
    }

    public void setTextNl(String textNl) {
        this.textNl = textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
