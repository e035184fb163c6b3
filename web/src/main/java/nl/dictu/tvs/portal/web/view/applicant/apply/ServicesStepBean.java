package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.LoginMeans;

import java.util.Arrays;
import java.util.List;

/** Step 2: the services, per service the minimum level per login means, and Eenmalig Inloggen. */
@Named
@ViewScoped
public class ServicesStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;

    @Override
    protected WizardStep step() {
        return WizardStep.SERVICES;
    }

    public List<LoginMeans> getLoginMeans() {
        return List.of(LoginMeans.values());
    }

    public List<AssuranceLevel> levelsOf(LoginMeans means) {
        return Arrays.stream(AssuranceLevel.values()).filter(level -> level.loginMeans() == means).toList();
    }

    /** Adds an empty service and comes back to this page, which shows it. */
    public String addService() {
        getDraft().addService();
        return save() ? outcome(step()) : null;
    }

    public String removeLabel(int index) {
        return text("wizard.service.remove", List.of(String.valueOf(index + 1)));
    }

    public String removeService(int index) {
        getDraft().removeService(index);
        return save() ? outcome(step()) : null;
    }
}
