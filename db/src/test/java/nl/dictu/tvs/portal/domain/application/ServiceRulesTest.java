package nl.dictu.tvs.portal.domain.application;

import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules across a service's fields (tvs-rules F12, F13), for government organisations and care providers. */
class ServiceRulesTest {

    private static ServiceDeclaration service(Set<AssuranceLevel> levels, Set<IdentifyingAttribute> types) {
        return new ServiceDeclaration("Vergunning", "Permit", levels, "", null, null, types, List.of(), false);
    }

    @Test
    void shouldRefuseAnEherkenningServiceUsingTheBsnBelowEh3() {
        ServiceDeclaration atEh2 = service(Set.of(AssuranceLevel.EH2), Set.of(IdentifyingAttribute.BSN));

        assertThat(ServiceRules.check(atEh2, OrganisationKind.GOVERNMENT))
                .extracting(ServiceRules.Violation::messageKey, ServiceRules.Violation::about, ServiceRules.Violation::blocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("application.invalid.bsnNeedsEh3", LoginMeans.EHERKENNING, true));
        assertThat(ServiceRules.check(service(Set.of(AssuranceLevel.EH2_PLUS), Set.of(IdentifyingAttribute.BSN)),
                OrganisationKind.CARE_PROVIDER)).extracting(ServiceRules.Violation::messageKey)
                .containsExactly("application.invalid.bsnNeedsEh3");
        assertThat(ServiceRules.check(service(Set.of(AssuranceLevel.EH2), Set.of(IdentifyingAttribute.KVKNR)),
                OrganisationKind.GOVERNMENT)).isEmpty();
    }

    @Test
    void shouldRefuseASubstantialServiceWithoutEidasForAGovernmentOrganisation() {
        ServiceDeclaration substantial = service(Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL), Set.of());

        assertThat(ServiceRules.check(substantial, OrganisationKind.GOVERNMENT))
                .extracting(ServiceRules.Violation::messageKey, ServiceRules.Violation::about, ServiceRules.Violation::blocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("application.invalid.eidasRequired", LoginMeans.EIDAS, true));
        assertThatThrownBy(() -> ServiceRules.require(List.of(service(Set.of(AssuranceLevel.DIGID_BASIS), Set.of()),
                service(Set.of(AssuranceLevel.EH4), Set.of())), OrganisationKind.GOVERNMENT))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.field()).isEqualTo("services[1].minimumLevels");
                    assertThat(e.messageKey()).isEqualTo("application.invalid.eidasRequired");
                });
    }

    @Test
    void shouldOnlyWarnACareProviderAboutASubstantialServiceWithoutEidas() {
        ServiceDeclaration high = service(Set.of(AssuranceLevel.DIGID_HOOG), Set.of());

        assertThat(ServiceRules.check(high, OrganisationKind.CARE_PROVIDER))
                .extracting(ServiceRules.Violation::messageKey, ServiceRules.Violation::blocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("application.warning.eidasExpected", false));
        ServiceRules.require(List.of(high), OrganisationKind.CARE_PROVIDER);
    }

    @Test
    void shouldAcceptASubstantialServiceThatOffersEidas() {
        ServiceDeclaration withEidas = service(Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL, AssuranceLevel.EH3,
                AssuranceLevel.EIDAS_SUBSTANTIAL), Set.of(IdentifyingAttribute.BSN));

        assertThat(withEidas.offersEidas()).isTrue();
        assertThat(ServiceRules.check(withEidas, OrganisationKind.GOVERNMENT)).isEmpty();
    }

    @Test
    void shouldRefuseDigidAndEherkenningAtDifferentLevelsOnTheEidScale() {
        ServiceDeclaration mixed = service(Set.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH3,
                AssuranceLevel.EIDAS_SUBSTANTIAL), Set.of());

        assertThat(ServiceRules.check(mixed, OrganisationKind.GOVERNMENT)).extracting(ServiceRules.Violation::messageKey)
                .containsExactly("application.invalid.oneEidLevelPerService");
        assertThat(ServiceRules.check(service(Set.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH2_PLUS), Set.of()),
                OrganisationKind.GOVERNMENT)).as("both low on the eID scale").isEmpty();
    }
}
