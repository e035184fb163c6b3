package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;

/** Step 1: the organisation's OIN (checked as typed) and name, and its contacts. */
@Named
@ViewScoped
public class OrganisationStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;

    @Override
    protected WizardStep step() {
        return WizardStep.ORGANISATION;
    }
}
