package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceRules;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A typed service's fields, each checked on its own by the domain's records (so every wrong field is
 * reported at once, at its own field), and the rules across its fields ({@link ServiceRules}).
 */
public final class ServiceFieldRules {

    private static final Set<AssuranceLevel> SOME_LEVEL = Set.of(AssuranceLevel.DIGID_BASIS);
    private static final String VALID_NAME = "x";

    private ServiceFieldRules() {
    }

    static void check(ServiceEntry service, int i, List<DraftError> errors) {
        String name = service.getName().strip();
        String label = name.isEmpty() || name.length() > ServiceDeclaration.NAME_MAX ? String.valueOf(i + 1) : name;
        field(() -> probe(service.getName(), VALID_NAME, "", "", ""), i, "Name", errors);
        field(() -> probe(label, service.getNameEn(), "", "", ""), i, "NameEn", errors);
        field(() -> probe(label, VALID_NAME, service.getDescription(), "", ""), i, "Description", errors);
        field(() -> probe(label, VALID_NAME, "", service.getUrl(), ""), i, "Url", errors);
        field(() -> probe(label, VALID_NAME, "", "", service.getPrivacyPolicyUrl()), i, "PrivacyPolicyUrl", errors);
        for (int j = 0; j < service.getAttributes().size(); j++) {
            AttributeEntry attribute = service.getAttributes().get(j);
            if (attribute.isEmpty()) {
                continue;
            }
            String attributeLabel = attribute.getName().isBlank() ? String.valueOf(j + 1) : attribute.getName().strip();
            attribute(() -> new RequestedAttribute(attribute.getName(), VALID_NAME, VALID_NAME), i, j, "Name", errors);
            attribute(() -> new RequestedAttribute(attributeLabel, attribute.getPurposeNl(), VALID_NAME), i, j, "PurposeNl",
                    errors);
            attribute(() -> new RequestedAttribute(attributeLabel, VALID_NAME, attribute.getPurposeEn()), i, j, "PurposeEn",
                    errors);
        }
    }

    /** The requested attributes typed, rows left empty skipped. */
    public static List<RequestedAttribute> attributes(ServiceEntry service) {
        return service.getAttributes().stream().filter(attribute -> !attribute.isEmpty())
                .map(attribute -> new RequestedAttribute(attribute.getName(), attribute.getPurposeNl(), attribute.getPurposeEn()))
                .toList();
    }

    /** The blocking ({@code blocking} true) or only shown violations of the rules across the service's fields. */
    static List<DraftError> crossField(ServiceEntry service, int i, OrganisationKind kind, boolean blocking) {
        List<DraftError> found = new ArrayList<>();
        if (service.chosenLevels().isEmpty()) {
            return found;
        }
        ServiceDeclaration levelsOnly = new ServiceDeclaration(VALID_NAME, VALID_NAME, service.chosenLevels(), "", null,
                null, service.chosenIdentifyingAttributes(), List.of(), service.isMachtigen());
        String label = service.getName().isBlank() ? String.valueOf(i + 1) : service.getName().strip();
        for (ServiceRules.Violation violation : ServiceRules.check(levelsOnly, kind)) {
            if (violation.blocking() == blocking) {
                found.add(DraftError.of(WizardStep.SERVICES, FieldIds.serviceLevel(i, violation.about()),
                        violation.messageKey(), label));
            }
        }
        return found;
    }

    private static ServiceDeclaration probe(String name, String nameEn, String description, String url, String privacyUrl) {
        return new ServiceDeclaration(name, nameEn, SOME_LEVEL, description, url, privacyUrl, Set.of(), List.of(), false);
    }

    private static void field(Runnable rule, int service, String part, List<DraftError> errors) {
        DraftValidation.check(rule, WizardStep.SERVICES, FieldIds.service(service, part), errors);
    }

    private static void attribute(Runnable rule, int service, int attribute, String part, List<DraftError> errors) {
        DraftValidation.check(rule, WizardStep.SERVICES, FieldIds.serviceAttribute(service, attribute, part), errors);
    }
}
