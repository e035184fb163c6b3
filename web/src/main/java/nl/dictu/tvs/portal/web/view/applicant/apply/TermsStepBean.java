package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.TermsView;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

/**
 * Step 6: the current terms and their acceptance. The draft keeps the accepted version's label;
 * who accepted them and when is recorded when the application is submitted.
 */
@Named
@ViewScoped
public class TermsStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChecklistQueries checklists;

    @Inject
    private LocaleBean localeBean;

    private transient TermsView terms;

    @Override
    protected WizardStep step() {
        return WizardStep.TERMS;
    }

    public TermsView getTerms() {
        if (terms == null) {
            terms = checklists.currentTerms();
        }
        return terms;
    }

    public String getTermsText() {
        return getTerms().text(localeBean.getLocale());
    }

    public boolean isAccepted() {
        return getTerms().label().equals(getDraft().getAcceptedTermsVersion());
    }

    public void setAccepted(boolean accepted) {
        getDraft().setAcceptedTermsVersion(accepted ? getTerms().label() : "");
    }
}
