package nl.dictu.tvs.portal.usecase.mandate;

import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateSide;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MandateRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Organisation supplier = supplier();
    private final Organisation municipality = new Organisation("00000099123456789000", "Gemeente Voorbeeldstad", NOW);
    private final Organisation neighbour = new Organisation("00000099987654321000", "Gemeente Buurdorp", NOW);

    private static Organisation supplier() {
        Organisation organisation = new Organisation("00000099444444440000", "Leverancier Clusterdiensten", NOW);
        organisation.classifyAsSupplier();
        return organisation;
    }

    @Test
    void shouldLetASupplierInviteWithItsOwnAgreementAndWaitForASignatory() {
        Mandate mandate = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);

        assertThat(mandate.getSupplier()).isSameAs(supplier);
        assertThat(mandate.getServed()).isSameAs(municipality);
        assertThat(mandate.getInvitedFrom()).isEqualTo(MandateSide.SUPPLIER);
        assertThat(mandate.getSupplierAgreedAt()).contains(NOW);
        assertThat(mandate.isActive()).isFalse();
        assertThat(mandate.isPending()).isTrue();
    }

    @Test
    void shouldBeInForceOnceASignatoryOfTheServedOrganisationAccepts() {
        Mandate mandate = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);

        MandateRules.accept(mandate, municipality.getOin(), MemberRole.SIGNATORY, "tekenaar", NOW);

        assertThat(mandate.isActive()).isTrue();
        assertThat(mandate.getSignedBy()).contains("tekenaar");
    }

    @Test
    void shouldRefuseAnAcceptanceByAServedMemberWithoutTheSignatoryRoleInBothLanguages() {
        Mandate mandate = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);

        assertThatThrownBy(() -> MandateRules.accept(mandate, municipality.getOin(), MemberRole.APPLICANT, "aanvrager", NOW))
                .isInstanceOfSatisfying(ActionRefusedException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("mandate.accept.notSignatory");
                    assertThat(text(Locale.forLanguageTag("nl"), refusal)).contains("tekenbevoegde", "Gemeente Voorbeeldstad");
                    assertThat(text(Locale.ENGLISH, refusal)).contains("signatory", "Leverancier Clusterdiensten");
                });
        assertThat(mandate.isActive()).isFalse();
    }

    @Test
    void shouldCountAServedSignatorysInvitationAsItsSignatureAndWaitForTheSupplier() {
        Mandate mandate = MandateRules.invite(municipality, MemberRole.SIGNATORY, supplier, List.of(), "tekenaar", NOW);

        assertThat(mandate.getInvitedFrom()).isEqualTo(MandateSide.SERVED);
        assertThat(mandate.getSignedAt()).contains(NOW);
        assertThat(mandate.isActive()).isFalse();

        MandateRules.accept(mandate, supplier.getOin(), MemberRole.APPLICANT, "leverancier", NOW);

        assertThat(mandate.isActive()).isTrue();
    }

    @Test
    void shouldNeedASignatoryWhenAServedMemberWithoutThatRoleInvited() {
        Mandate mandate = MandateRules.invite(municipality, MemberRole.APPLICANT, supplier, List.of(), "aanvrager", NOW);
        MandateRules.accept(mandate, supplier.getOin(), MemberRole.APPLICANT, "leverancier", NOW);

        assertThat(mandate.isActive()).isFalse();
        assertThat(mandate.getSignedAt()).isEmpty();
    }

    @Test
    void shouldRefuseAMandateToAnOrganisationThatIsNoSupplier() {
        assertThatThrownBy(() -> MandateRules.invite(municipality, MemberRole.SIGNATORY, neighbour, List.of(), "tekenaar", NOW))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("mandate.invite.notASupplier"));
    }

    @Test
    void shouldRefuseASecondInvitationWhileOneIsNotRevoked() {
        Mandate first = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);

        assertThatThrownBy(() -> MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(first), "leverancier", NOW))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("mandate.invite.exists"));
    }

    @Test
    void shouldEndTheMandateAtOnceWhenTheServedOrganisationRevokes() {
        Mandate mandate = active();

        MandateRules.revoke(mandate, municipality.getOin(), "aanvrager", NOW);

        assertThat(mandate.isActive()).isFalse();
        assertThatThrownBy(() -> MandateRules.requireActive(supplier, municipality.getOin(), municipality.getName(), List.of(mandate)))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void shouldLetOnlyTheServedOrganisationRevoke() {
        Mandate mandate = active();

        assertThatThrownBy(() -> MandateRules.revoke(mandate, supplier.getOin(), "leverancier", NOW))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("mandate.revoke.servedOnly"));
        assertThat(mandate.isActive()).isTrue();
    }

    @Test
    void shouldRefuseASupplierActingWithoutAMandateNamingTheMissingMandateInBothLanguages() {
        Mandate pending = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);

        assertThatThrownBy(() -> MandateRules.requireActive(supplier, municipality.getOin(), municipality.getName(), List.of(pending)))
                .isInstanceOfSatisfying(ActionRefusedException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("mandate.missing");
                    assertThat(text(Locale.forLanguageTag("nl"), refusal))
                            .contains("machtiging van Gemeente Voorbeeldstad (OIN 00000099123456789000) aan Leverancier Clusterdiensten");
                    assertThat(text(Locale.ENGLISH, refusal))
                            .contains("mandate of Gemeente Voorbeeldstad (OIN 00000099123456789000) to Leverancier Clusterdiensten");
                });
    }

    @Test
    void shouldLetASupplierActWithAMandateInForce() {
        Mandate mandate = active();

        MandateRules.requireActive(supplier, municipality.getOin(), municipality.getName(), List.of(mandate));

        assertThat(mandate.isActive()).isTrue();
    }

    @Test
    void shouldHideAMandateFromAnOrganisationThatIsNeitherSide() {
        Mandate mandate = active();

        assertThatThrownBy(() -> MandateRules.accept(mandate, neighbour.getOin(), MemberRole.SIGNATORY, "buurdorp", NOW))
                .isInstanceOf(AccessRefusedException.class);
    }

    private Mandate active() {
        Mandate mandate = MandateRules.invite(supplier, MemberRole.APPLICANT, municipality, List.of(), "leverancier", NOW);
        MandateRules.accept(mandate, municipality.getOin(), MemberRole.SIGNATORY, "tekenaar", NOW);
        return mandate;
    }

    private static String text(Locale locale, ActionRefusedException refusal) {
        return Bundle.text(locale, refusal.messageKey(), refusal.arguments().toArray());
    }
}
