package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftValidation;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.LoginMeans;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Step 2: the services as catalogue entries (names, description, addresses, the minimum level per login means,
 * the eHerkenning attributes, Machtigen), and Eenmalig Inloggen. Rules that only warn are shown at their field.
 */
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

    public List<IdentifyingAttribute> getIdentifyingAttributes() {
        return List.of(IdentifyingAttribute.values());
    }

    /** The error panels of a service's level selects: a change of one can settle a rule reported at another. */
    public String levelErrorIds(int index) {
        return Arrays.stream(LoginMeans.values()).map(means -> FieldIds.serviceLevel(index, means) + "Error")
                .collect(Collectors.joining(" "));
    }

    /** The warnings at a field: shown, they do not keep the draft from being submitted. */
    public String warningOf(String fieldId) {
        return DraftValidation.warnings(getDraft()).stream().filter(warning -> warning.fieldId().equals(fieldId))
                .map(this::message).collect(Collectors.joining(" "));
    }

    public String addAttribute(int serviceIndex) {
        getDraft().getServices().get(serviceIndex).addAttribute();
        return save() ? outcome(step()) : null;
    }

    public String removeAttribute(int serviceIndex, int attributeIndex) {
        getDraft().getServices().get(serviceIndex).removeAttribute(attributeIndex);
        return save() ? outcome(step()) : null;
    }

    public String removeAttributeLabel(int index) {
        return text("wizard.service.attribute.remove", List.of(String.valueOf(index + 1)));
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
