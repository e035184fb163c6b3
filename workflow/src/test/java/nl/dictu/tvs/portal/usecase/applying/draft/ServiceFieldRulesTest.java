package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services step's bad input (issue 15): each a field error at its own field, in Dutch and English, and
 * nothing typed changed; the eIDAS rule a warning for care providers.
 */
class ServiceFieldRulesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static ServiceEntry parking() {
        ServiceEntry service = new ServiceEntry();
        service.setName("Parkeervergunning");
        service.setNameEn("Parking permit");
        service.getLevels().put(LoginMeans.DIGID.name(), "DIGID_MIDDEN");
        return service;
    }

    private static List<DraftError> fieldErrors(ServiceEntry service) {
        List<DraftError> errors = new ArrayList<>();
        ServiceFieldRules.check(service, 0, errors);
        return errors;
    }

    private static String text(Locale locale, DraftError error) {
        return Bundle.text(locale, error.messageKey(), error.arguments().toArray());
    }

    @Test
    void shouldAcceptACompleteService() {
        assertThat(fieldErrors(parking())).isEmpty();
        assertThat(ServiceFieldRules.crossField(parking(), 0, OrganisationKind.GOVERNMENT, true)).isEmpty();
    }

    @Test
    void shouldSayAtEachNameThatItIsOverTheLimitInBothLanguagesAndKeepIt() {
        ServiceEntry service = parking();
        String tooLong = "Parkeervergunning aanvragen, wijzigen en opzeggen voor bewoners en bezoekers";
        service.setName(tooLong);
        service.setNameEn(tooLong);

        List<DraftError> errors = fieldErrors(service);

        assertThat(errors).extracting(DraftError::fieldId).containsExactly("service0Name", "service0NameEn");
        assertThat(text(DUTCH, errors.get(0))).contains("langer dan 64 tekens");
        assertThat(text(Locale.ENGLISH, errors.get(0))).contains("longer than 64 characters");
        assertThat(text(DUTCH, errors.get(1))).contains("Engelse naam").contains("64 tekens");
        assertThat(text(Locale.ENGLISH, errors.get(1))).contains("English name").contains("64 characters");
        assertThat(service.getName()).isEqualTo(tooLong);
    }

    @Test
    void shouldSayADescriptionUrlWithoutHttpsIsWrongAtItsField() {
        ServiceEntry service = parking();
        service.setUrl("http://www.voorbeeldstad.nl/parkeren");

        List<DraftError> errors = fieldErrors(service);

        assertThat(errors).extracting(DraftError::fieldId).containsExactly("service0Url");
        assertThat(text(DUTCH, errors.get(0))).contains("https://").contains("512 tekens");
        assertThat(text(Locale.ENGLISH, errors.get(0))).contains("https://").contains("512 characters");
        assertThat(service.getUrl()).isEqualTo("http://www.voorbeeldstad.nl/parkeren");
    }

    @Test
    void shouldSayWhichOfThreeAttributesLacksAPurposeStatement() {
        ServiceEntry service = parking();
        for (String name : List.of("FirstName", "LastName", "Email")) {
            service.addAttribute();
            AttributeEntry attribute = service.getAttributes().get(service.getAttributes().size() - 1);
            attribute.setName(name);
            attribute.setPurposeNl("Om u aan te spreken");
            attribute.setPurposeEn("To address you");
        }
        service.getAttributes().get(1).setPurposeEn("");
        service.addAttribute();

        List<DraftError> errors = fieldErrors(service);

        assertThat(errors).as("the empty row added last is no error").extracting(DraftError::fieldId)
                .containsExactly("service0Attribute1PurposeEn");
        assertThat(text(DUTCH, errors.get(0))).contains("\"LastName\"").contains("Engelse doel");
        assertThat(text(Locale.ENGLISH, errors.get(0))).contains("\"LastName\"").contains("English purpose statement");
        service.getAttributes().get(1).setPurposeEn("To address you");
        assertThat(ServiceFieldRules.attributes(service)).as("the empty row left out").hasSize(3);
    }

    @Test
    void shouldRefuseABsnEherkenningServiceAtEh2AtTheEherkenningLevel() {
        ServiceEntry service = parking();
        service.getLevels().put(LoginMeans.DIGID.name(), "");
        service.getLevels().put(LoginMeans.EHERKENNING.name(), "EH2");
        service.setIdentifyingAttributes(List.of("BSN"));

        List<DraftError> errors = ServiceFieldRules.crossField(service, 0, OrganisationKind.GOVERNMENT, true);

        assertThat(errors).extracting(DraftError::fieldId).containsExactly("service0EHERKENNING");
        assertThat(text(DUTCH, errors.get(0))).contains("EH3").contains("Bron: Afsprakenstelsel eTD");
        assertThat(text(Locale.ENGLISH, errors.get(0))).contains("EH3").contains("Source: eTD trust framework");
    }

    @Test
    void shouldRefuseASubstantialServiceWithoutEidasForGovernmentAndWarnACareProvider() {
        ServiceEntry service = parking();
        service.getLevels().put(LoginMeans.DIGID.name(), "DIGID_SUBSTANTIEEL");

        List<DraftError> government = ServiceFieldRules.crossField(service, 0, OrganisationKind.GOVERNMENT, true);
        List<DraftError> careProviderErrors = ServiceFieldRules.crossField(service, 0, OrganisationKind.CARE_PROVIDER, true);
        WizardDraft careDraft = WizardDraft.startFor("00000009123456780000", "Ziekenhuis Oost");
        careDraft.setOrganisationKind(OrganisationKind.CARE_PROVIDER.name());
        careDraft.getServices().set(0, service);

        assertThat(government).extracting(DraftError::fieldId).containsExactly("service0EIDAS");
        assertThat(text(DUTCH, government.get(0))).contains("eIDAS").contains("Bron: eIDAS-verordening");
        assertThat(text(Locale.ENGLISH, government.get(0))).contains("must then also offer").contains("Source: eIDAS Regulation");
        assertThat(careProviderErrors).isEmpty();
        assertThat(DraftValidation.warnings(careDraft)).extracting(DraftError::fieldId, DraftError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("service0EIDAS", "application.warning.eidasExpected"));

        service.getLevels().put(LoginMeans.EIDAS.name(), "EIDAS_SUBSTANTIAL");
        assertThat(ServiceFieldRules.crossField(service, 0, OrganisationKind.GOVERNMENT, true)).isEmpty();
        assertThat(DraftValidation.warnings(careDraft)).isEmpty();
    }

    @Test
    void shouldReadADraftSavedBeforeServicesWereCatalogueEntriesWithTheNameAsTheDutchName() {
        WizardDraft old = DraftJson.read("{\"services\":[{\"name\":\"Afvalpas\",\"description\":\"Afval\","
                + "\"url\":\"https://afval.example\",\"levels\":{\"DIGID\":\"DIGID_BASIS\"}}]}");

        ServiceEntry service = old.getServices().get(0);
        assertThat(service.getName()).isEqualTo("Afvalpas");
        assertThat(service.getNameEn()).isEmpty();
        assertThat(service.getDescription()).isEqualTo("Afval");
        assertThat(service.getUrl()).isEqualTo("https://afval.example");
        assertThat(service.chosenLevels()).extracting(Enum::name).containsExactly("DIGID_BASIS");

        ServiceEntry full = parking();
        full.setPrivacyPolicyUrl("https://privacy.example");
        full.setIdentifyingAttributes(List.of("KVKNR"));
        full.addAttribute();
        full.getAttributes().get(0).setName("FirstName");
        full.setMachtigen(true);
        old.getServices().set(0, full);
        ServiceEntry again = DraftJson.read(DraftJson.write(old)).getServices().get(0);
        assertThat(again.getNameEn()).isEqualTo("Parking permit");
        assertThat(again.getPrivacyPolicyUrl()).isEqualTo("https://privacy.example");
        assertThat(again.getIdentifyingAttributes()).containsExactly("KVKNR");
        assertThat(again.getAttributes()).extracting(AttributeEntry::getName).containsExactly("FirstName");
        assertThat(again.isMachtigen()).isTrue();
    }
}
