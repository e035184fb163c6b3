package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that keeps a draft from being submitted, per step and field, in the wizard's order.
 * The rules are the domain's own (the records that build an application refuse the same things);
 * this collects all of them at once instead of stopping at the first.
 */
public final class DraftValidation {

    /**
     * What the rules need besides the draft.
     *
     * @param uploadFindings the trust check's findings on the draft's certificate and metadata
     * @param activeProofKinds the ids of the kinds of proof of BSN entitlement a care provider may choose
     * @param clusterMetadataOins the organisations the uploaded cluster metadata lists (empty without cluster metadata)
     */
    public record Context(String organisationOin, OinCheck oinCheck, ChecklistView checklist, String currentTermsLabel,
                          List<Finding> uploadFindings, Set<Long> activeProofKinds, List<String> clusterMetadataOins) {
    }

    private DraftValidation() {
    }

    public static List<DraftError> errors(WizardDraft draft, Context context) {
        List<DraftError> errors = new ArrayList<>();
        organisation(draft, context, errors);
        OrganisationKindRules.check(draft, errors);
        ClusterMemberLines.check(draft, context, errors);
        services(draft, errors);
        uploads(draft, context, errors);
        OrganisationKindRules.checkProof(draft, context.activeProofKinds(), errors);
        checklist(draft, context, errors);
        MemberChecklistEntries.check(draft, context, errors);
        if (!context.currentTermsLabel().equals(draft.getAcceptedTermsVersion())) {
            errors.add(DraftError.of(WizardStep.TERMS, FieldIds.ACCEPT_TERMS, "draft.terms.notAccepted",
                    context.currentTermsLabel()));
        }
        return errors;
    }

    /** What is shown but does not keep the draft from being submitted: the services' non-blocking rules. */
    public static List<DraftError> warnings(WizardDraft draft) {
        List<DraftError> warnings = new ArrayList<>();
        for (int i = 0; i < draft.getServices().size(); i++) {
            warnings.addAll(ServiceFieldRules.crossField(draft.getServices().get(i), i, kindOf(draft), false));
        }
        return warnings;
    }

    private static OrganisationKind kindOf(WizardDraft draft) {
        return draft.organisationKind().orElse(OrganisationKind.GOVERNMENT);
    }

    /** The errors of one step. */
    public static List<DraftError> errorsOf(WizardStep step, List<DraftError> errors) {
        return errors.stream().filter(e -> e.step() == step).toList();
    }

    private static void organisation(WizardDraft draft, Context context, List<DraftError> errors) {
        List<Finding> oinErrors = context.oinCheck().check(draft.getOin()).stream().filter(Finding::isError).toList();
        oinErrors.forEach(finding -> errors.add(new DraftError(WizardStep.ORGANISATION, FieldIds.OIN,
                FindingMessages.keyOf(finding.code()), finding.arguments())));
        if (oinErrors.isEmpty() && !draft.getOin().equals(context.organisationOin())) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.OIN, "draft.oin.notYourOrganisation",
                    draft.getOin(), context.organisationOin()));
        }
        String name = draft.getOrganisationName().strip();
        if (name.isEmpty() || name.length() > Organisation.NAME_MAX) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.ORGANISATION_NAME, "draft.organisationName.invalid",
                    Organisation.NAME_MAX));
        }
        for (ContactEntry contact : draft.getContacts()) {
            if (contact.isEmpty()) {
                if (contact.getRole() == ContactRole.TECHNICAL) {
                    errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.contact(ContactRole.TECHNICAL, "Name"),
                            "draft.contact.technicalRequired"));
                }
                continue;
            }
            contactErrors(contact, errors);
        }
    }

    /** Each part on its own, so a wrong e-mail address and a missing name are both reported. */
    private static void contactErrors(ContactEntry contact, List<DraftError> errors) {
        ContactRole role = contact.getRole();
        check(() -> new Contact(role, contact.getName(), "a@b.nl", null), WizardStep.ORGANISATION,
                FieldIds.contact(role, "Name"), errors);
        check(() -> new Contact(role, "x", contact.getEmail(), null), WizardStep.ORGANISATION,
                FieldIds.contact(role, "Email"), errors);
        check(() -> new Contact(role, "x", "a@b.nl", contact.getPhone()), WizardStep.ORGANISATION,
                FieldIds.contact(role, "Phone"), errors);
    }

    private static void services(WizardDraft draft, List<DraftError> errors) {
        if (draft.getServices().isEmpty()) {
            errors.add(DraftError.of(WizardStep.SERVICES, FieldIds.ADD_SERVICE, "application.invalid.noServices"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < draft.getServices().size(); i++) {
            ServiceEntry service = draft.getServices().get(i);
            if (!service.getName().isBlank() && !names.add(service.getName().strip())) {
                errors.add(DraftError.of(WizardStep.SERVICES, FieldIds.service(i, "Name"),
                        "application.invalid.duplicateService"));
            }
            ServiceFieldRules.check(service, i, errors);
            if (service.chosenLevels().isEmpty()) {
                String label = service.getName().isBlank() ? String.valueOf(i + 1) : service.getName().strip();
                errors.add(DraftError.of(WizardStep.SERVICES, FieldIds.serviceLevel(i, LoginMeans.DIGID),
                        "application.invalid.noLoginMeans", label));
            }
            ServiceFieldRules.crossField(service, i, kindOf(draft), true).forEach(errors::add);
        }
        if (draft.getEenmaligInloggen().isEmpty()) {
            errors.add(DraftError.of(WizardStep.SERVICES, FieldIds.EENMALIG_INLOGGEN, "draft.eenmaligInloggen.required"));
        }
        if (draft.serviceUuidDelivery().isEmpty()) {
            errors.add(DraftError.of(WizardStep.SERVICES, FieldIds.SERVICE_UUID_DELIVERY, "application.invalid.serviceUuidDelivery"));
        }
    }

    private static void uploads(WizardDraft draft, Context context, List<DraftError> errors) {
        if (draft.certificate().isEmpty()) {
            errors.add(DraftError.of(WizardStep.CERTIFICATE, FieldIds.CERTIFICATE, "draft.certificate.required"));
        }
        if (draft.metadata().isEmpty()) {
            errors.add(DraftError.of(WizardStep.CERTIFICATE, FieldIds.METADATA, "draft.metadata.required"));
        }
        for (Finding finding : context.uploadFindings()) {
            String code = finding.code().name();
            if (!finding.isError() || code.startsWith("OIN_") || code.startsWith("ALB_")) {
                continue;
            }
            String field = code.startsWith("CERTIFICATE_") ? FieldIds.CERTIFICATE : FieldIds.METADATA;
            errors.add(new DraftError(WizardStep.CERTIFICATE, field, FindingMessages.keyOf(finding.code()),
                    finding.arguments()));
        }
    }

    private static void checklist(WizardDraft draft, Context context, List<DraftError> errors) {
        for (ChecklistItemView item : context.checklist().applicable(draft.loginMeans(), draft.joinsEenmaligInloggen())) {
            ChecklistEntry entry = draft.getChecklist().get(item.code());
            ChecklistAnswerChoice choice = choice(entry == null ? "" : entry.getAnswer());
            if (choice == null) {
                errors.add(DraftError.of(WizardStep.CHECKLIST, FieldIds.answer(item.code()),
                        "application.invalid.checklistAnswerMissing", item.code()));
                continue;
            }
            check(() -> new ChecklistAnswer(item.code(), choice, entry.getExplanation(), null), WizardStep.CHECKLIST,
                    FieldIds.explanation(item.code()), errors);
        }
    }

    static ChecklistAnswerChoice choice(String answer) {
        for (ChecklistAnswerChoice choice : ChecklistAnswerChoice.values()) {
            if (choice.name().equals(answer)) {
                return choice;
            }
        }
        return null;
    }

    static void check(Runnable rule, WizardStep step, String fieldId, List<DraftError> errors) {
        try {
            rule.run();
        } catch (InvalidApplicationException e) {
            errors.add(new DraftError(step, fieldId, e.messageKey(), e.arguments().stream().map(String::valueOf).toList()));
        }
    }
}
