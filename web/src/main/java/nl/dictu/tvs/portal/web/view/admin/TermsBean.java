package nl.dictu.tvs.portal.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.PublicationVersionView;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;

import java.util.List;

/** Terms versions: list, a new draft from the current version, edit the draft's texts, publish. */
@Named
@ViewScoped
public class TermsBean extends PublicationVersionsBean {

    private static final long serialVersionUID = 1L;

    private String textNl;
    private String textEn;

    @Override
    protected List<PublicationVersionView> loadVersions(SignedInUser actor) {
        return administration.termsVersions(actor);
    }

    @Override
    protected void createDraft(SignedInUser actor, String label) {
        administration.newTermsDraft(actor, label);
    }

    @Override
    protected void loadSelected(SignedInUser actor, String label) {
        TermsVersion terms = administration.termsVersion(actor, label);
        textNl = terms.getTextNl();
        textEn = terms.getTextEn();
    }

    @Override
    protected void saveSelected(SignedInUser actor, String label) {
        administration.saveTermsText(actor, label, textNl, textEn);
    }

    @Override
    protected void publishSelected(SignedInUser actor, String label) {
        administration.publishTerms(actor, label);
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
