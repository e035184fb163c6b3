package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VersionFieldsTest {

    private static DossierView.Version version(int number, Map<String, String> fields) {
        return new DossierView.Version(number, Instant.EPOCH, "anne", new LinkedHashMap<>(fields));
    }

    @Test
    void shouldListChangedAddedAndRemovedFieldsBetweenConsecutiveVersions() {
        DossierView.Version first = version(1, Map.of("dossier.field.service:Afvalpas", "DIGID_BASIS",
                "dossier.field.eenmaligInloggen", "false"));
        DossierView.Version second = version(2, Map.of("dossier.field.service:Afvalpas", "DIGID_MIDDEN",
                "dossier.field.eenmaligInloggen", "false", "dossier.field.productionMetadataSha256", "ab12"));
        DossierView.Version third = version(3, Map.of("dossier.field.eenmaligInloggen", "false",
                "dossier.field.productionMetadataSha256", "ab12"));

        List<DossierView.Difference> differences = VersionFields.differences(List.of(first, second, third));

        assertThat(differences).containsExactlyInAnyOrder(
                new DossierView.Difference(1, 2, "dossier.field.service:Afvalpas", "DIGID_BASIS", "DIGID_MIDDEN"),
                new DossierView.Difference(1, 2, "dossier.field.productionMetadataSha256", null, "ab12"),
                new DossierView.Difference(2, 3, "dossier.field.service:Afvalpas", "DIGID_MIDDEN", null));
    }

    @Test
    void shouldFindNoDifferencesInASingleVersion() {
        assertThat(VersionFields.differences(List.of(version(1, Map.of("a", "b"))))).isEmpty();
    }

    @Test
    void shouldShowEveryCatalogueFieldOfAServiceSoThatACorrectionOfOneIsADifference() {
        ServiceDeclaration before = new ServiceDeclaration("Parkeervergunning", "Parking permit", Set.of(AssuranceLevel.EH3),
                "Een vergunning aanvragen", "https://www.gemeente.example/parkeren", "https://www.gemeente.example/privacy",
                Set.of(IdentifyingAttribute.KVKNR), List.of(new RequestedAttribute("Handelsnaam", "voor de vergunning", "for the permit")),
                false);
        ServiceDeclaration after = new ServiceDeclaration("Parkeervergunning", "Parking permit", Set.of(AssuranceLevel.EH3),
                "Een vergunning aanvragen", "https://www.gemeente.example/parkeren", "https://www.gemeente.example/privacyverklaring",
                Set.of(IdentifyingAttribute.KVKNR), List.of(new RequestedAttribute("Handelsnaam", "voor de vergunning", "for the permit")),
                true);

        String dutch = VersionFields.details(before, Locale.forLanguageTag("nl"));
        assertThat(dutch).contains("Engelse naam: Parking permit", "Omschrijving: Een vergunning aanvragen",
                "https://www.gemeente.example/parkeren", "Privacyverklaring: https://www.gemeente.example/privacy",
                "KvK-nummer", "Handelsnaam (voor de vergunning / for the permit)", "DigiD Machtigen: Nee");
        assertThat(VersionFields.details(after, Locale.forLanguageTag("nl"))).isNotEqualTo(dutch)
                .contains("privacyverklaring", "DigiD Machtigen: Ja");
        assertThat(VersionFields.details(before, Locale.ENGLISH)).contains("Privacy");
    }
}
