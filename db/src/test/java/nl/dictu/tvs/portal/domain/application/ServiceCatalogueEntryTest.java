package nl.dictu.tvs.portal.domain.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A service's own fields and their limits as the catalogues behind TVS set them (tvs-rules 1.3). */
class ServiceCatalogueEntryTest {

    private static final Set<AssuranceLevel> MIDDEN = Set.of(AssuranceLevel.DIGID_MIDDEN);
    private static final String OK_URL = "https://www.voorbeeldstad.nl/parkeren";

    private static InvalidApplicationException refusal(Runnable build) {
        return catchThrowableOfType(InvalidApplicationException.class, build::run);
    }

    private static ServiceDeclaration entry(String nameNl, String nameEn, String description, String url, String privacyUrl,
                                            List<RequestedAttribute> attributes) {
        return new ServiceDeclaration(nameNl, nameEn, MIDDEN, description, url, privacyUrl, Set.of(), attributes, false);
    }

    @Test
    void shouldKeepEveryCatalogueField() {
        ServiceDeclaration parking = new ServiceDeclaration(" Parkeervergunning ", "Parking permit",
                Set.of(AssuranceLevel.EH3, AssuranceLevel.EIDAS_SUBSTANTIAL, AssuranceLevel.DIGID_SUBSTANTIEEL), "Aanvragen",
                OK_URL, "https://www.voorbeeldstad.nl/privacy", Set.of(IdentifyingAttribute.KVKNR, IdentifyingAttribute.BSN),
                List.of(new RequestedAttribute("FirstName", "Aanspreken", "Addressing")), true);

        assertThat(parking.name()).isEqualTo("Parkeervergunning");
        assertThat(parking.nameEn()).isEqualTo("Parking permit");
        assertThat(parking.privacyPolicyUrl()).isEqualTo("https://www.voorbeeldstad.nl/privacy");
        assertThat(parking.identifyingAttributes()).containsExactlyInAnyOrder(IdentifyingAttribute.KVKNR, IdentifyingAttribute.BSN);
        assertThat(parking.requestedAttributes()).containsExactly(new RequestedAttribute("FirstName", "Aanspreken", "Addressing"));
        assertThat(parking.machtigen()).isTrue();
        assertThat(parking.offersEidas()).isTrue();
        assertThat(parking.levelOf(LoginMeans.EHERKENNING)).contains(AssuranceLevel.EH3);
        assertThat(AssuranceLevel.EH3.eidLevel()).isEqualTo(AssuranceLevel.DIGID_SUBSTANTIEEL.eidLevel())
                .isEqualTo(EidLevel.SUBSTANTIAL);
    }

    @Test
    void shouldRefuseNamesOverTheLimitInEitherLanguageNamingTheLimit() {
        String tooLong = "x".repeat(ServiceDeclaration.NAME_MAX + 1);

        InvalidApplicationException dutch = refusal(() -> entry(tooLong, "Permit", "", null, null, List.of()));
        InvalidApplicationException english = refusal(() -> entry("Vergunning", tooLong, "", null, null, List.of()));

        assertThat(dutch.field()).isEqualTo("name");
        assertThat(dutch.arguments()).containsExactly(64);
        assertThat(english.field()).isEqualTo("nameEn");
        assertThat(english.messageKey()).isEqualTo("application.invalid.serviceNameEn");
        assertThat(english.arguments()).containsExactly("Vergunning", 64);
        assertThat(refusal(() -> entry("Vergunning", " ", "", null, null, List.of())).field()).as("English name required")
                .isEqualTo("nameEn");
        entry("x".repeat(64), "y".repeat(64), "", null, null, List.of());
    }

    @Test
    void shouldRefuseADescriptionOverTheLimit() {
        entry("Vergunning", "Permit", "d".repeat(ServiceDeclaration.DESCRIPTION_MAX), null, null, List.of());

        InvalidApplicationException refused = refusal(() -> entry("Vergunning", "Permit", "d".repeat(1025), null, null, List.of()));

        assertThat(refused.field()).isEqualTo("description");
        assertThat(refused.arguments()).containsExactly("Vergunning", 1024);
    }

    @Test
    void shouldRefuseADescriptionUrlWithoutHttpsOrOverTheLimit() {
        InvalidApplicationException plain = refusal(() -> entry("Vergunning", "Permit", "", "http://www.voorbeeldstad.nl", null,
                List.of()));
        String longUrl = "https://www.voorbeeldstad.nl/" + "p".repeat(ServiceDeclaration.URL_MAX);
        InvalidApplicationException tooLong = refusal(() -> entry("Vergunning", "Permit", "", longUrl, null, List.of()));

        assertThat(plain.field()).isEqualTo("url");
        assertThat(plain.messageKey()).isEqualTo("application.invalid.serviceUrl");
        assertThat(plain.arguments()).containsExactly("Vergunning", "http://www.voorbeeldstad.nl", 512);
        assertThat(tooLong.field()).isEqualTo("url");
    }

    @Test
    void shouldRefuseAPrivacyPolicyUrlWithoutHttps() {
        InvalidApplicationException refused = refusal(() -> entry("Vergunning", "Permit", "", OK_URL, "ftp://privacy.example",
                List.of()));

        assertThat(refused.field()).isEqualTo("privacyPolicyUrl");
        assertThat(refused.messageKey()).isEqualTo("application.invalid.privacyPolicyUrl");
    }

    @Test
    void shouldRefuseARequestedAttributeWithoutAPurposeInEitherLanguage() {
        InvalidApplicationException noDutch = refusal(() -> new RequestedAttribute("FirstName", " ", "Addressing"));
        InvalidApplicationException noEnglish = refusal(() -> new RequestedAttribute("FirstName", "Aanspreken", null));
        InvalidApplicationException tooLong = refusal(() -> new RequestedAttribute("FirstName", "a".repeat(513), "Addressing"));

        assertThat(noDutch.field()).isEqualTo("purposeNl");
        assertThat(noDutch.arguments()).containsExactly("FirstName", 512);
        assertThat(noEnglish.field()).isEqualTo("purposeEn");
        assertThat(noEnglish.messageKey()).isEqualTo("application.invalid.purposeStatementEn");
        assertThat(tooLong.field()).isEqualTo("purposeNl");
    }
}
