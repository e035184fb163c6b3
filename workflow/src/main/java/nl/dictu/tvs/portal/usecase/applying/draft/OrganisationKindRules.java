package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.organisation.CareRegister;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules on the organisation's kind: a care provider names the register it uses (URA or AGB) and
 * its number there, 8 digits; a care provider whose OIN is a care-provider OIN ({@code 00000009},
 * which holds the URA, domain.md) gives that URA. A care provider that uploads a proof of BSN
 * entitlement in the ALB step says which kind of proof it is, one from the admin's list.
 */
public final class OrganisationKindRules {

    /** The OIN prefix Logius gives care providers by their URA (domain.md, OIN). */
    static final String CARE_PROVIDER_OIN_PREFIX = "00000009";
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{" + CareRegister.NUMBER_LENGTH + "}");

    private OrganisationKindRules() {
    }

    static void check(WizardDraft draft, List<DraftError> errors) {
        if (draft.organisationKind().isEmpty()) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.ORGANISATION_KIND, "draft.organisationKind.required"));
            return;
        }
        if (!draft.isCareProvider()) {
            return;
        }
        if (draft.careRegister().isEmpty()) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.CARE_REGISTER, "draft.careRegister.required"));
        }
        String register = draft.careRegister().map(CareRegister::name).orElse("URA/AGB");
        String number = draft.getRegisterNumber();
        if (!EIGHT_DIGITS.matcher(number).matches()) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.REGISTER_NUMBER, "draft.registerNumber.invalid",
                    register, CareRegister.NUMBER_LENGTH, number.length()));
        } else if (draft.careRegister().filter(r -> r == CareRegister.URA).isPresent()
                && draft.getOin().startsWith(CARE_PROVIDER_OIN_PREFIX) && draft.getOin().length() >= 16
                && !draft.getOin().substring(8, 16).equals(number)) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.REGISTER_NUMBER, "draft.registerNumber.notTheOinsUra",
                    number, draft.getOin(), draft.getOin().substring(8, 16)));
        }
    }

    static void checkProof(WizardDraft draft, Set<Long> activeProofKinds, List<DraftError> errors) {
        if (draft.isCareProvider() && draft.albDecision().isPresent() && !activeProofKinds.contains(proofKindId(draft))) {
            errors.add(DraftError.of(WizardStep.ALB, FieldIds.ALB_PROOF_KIND, "draft.albProofKind.required"));
        }
    }

    /** The chosen proof kind's id, or -1 when none or no number is chosen. */
    public static long proofKindId(WizardDraft draft) {
        try {
            return Long.parseLong(draft.getAlbProofKindId());
        } catch (NumberFormatException notChosen) {
            return -1;
        }
    }
}
