package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFieldsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final ServiceDeclaration WASTE = new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_MIDDEN));
    private static final Contact TECHNICAL = new Contact(ContactRole.TECHNICAL, "Tom Techniek", "tom@voorbeeldstad.example", null);
    private static final byte[] METADATA = "<md:EntityDescriptor/>".getBytes(StandardCharsets.UTF_8);

    private static Map<String, String> fields(List<ServiceDeclaration> services, List<Contact> contacts, byte[] metadata) {
        return ChangeFields.of(services, contacts, "not a certificate", metadata, DUTCH);
    }

    @Test
    void shouldFindNoDifferenceInAnUneditedCopy() {
        Map<String, String> live = fields(List.of(WASTE), List.of(TECHNICAL), METADATA);

        assertThat(ChangeFields.differences(live, fields(List.of(WASTE), List.of(TECHNICAL), METADATA), DUTCH)).isEmpty();
        assertThat(ChangeFields.onlyTrustMaterial(live, live)).isFalse();
    }

    @Test
    void shouldShowAChangedLevelAndANewServiceFieldByFieldAndRouteThemToReview() {
        Map<String, String> live = fields(List.of(WASTE), List.of(TECHNICAL), METADATA);
        Map<String, String> proposed = fields(List.of(new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL)),
                new ServiceDeclaration("Parkeren", Set.of(AssuranceLevel.EH3))), List.of(TECHNICAL), METADATA);

        List<ChangeDifference> differences = ChangeFields.differences(live, proposed, DUTCH);

        assertThat(differences).extracting(ChangeDifference::label).contains("Dienst Afvalpas: minimale niveaus",
                "Dienst Parkeren: minimale niveaus");
        assertThat(differences).filteredOn(d -> d.label().equals("Dienst Afvalpas: minimale niveaus"))
                .singleElement().satisfies(d -> {
                    assertThat(d.before()).isEqualTo("DigiD Midden");
                    assertThat(d.after()).isEqualTo("DigiD Substantieel");
                });
        assertThat(differences).filteredOn(d -> d.label().equals("Dienst Parkeren: minimale niveaus"))
                .singleElement().satisfies(d -> assertThat(d.before()).isEqualTo("-"));
        assertThat(ChangeFields.onlyTrustMaterial(live, proposed)).isFalse();
    }

    @Test
    void shouldLetOnlyNewMetadataTakeTheFastLane() {
        Map<String, String> live = fields(List.of(WASTE), List.of(TECHNICAL), METADATA);
        Map<String, String> newMetadata = fields(List.of(WASTE), List.of(TECHNICAL),
                "<md:EntityDescriptor validUntil=\"2028-01-01T00:00:00Z\"/>".getBytes(StandardCharsets.UTF_8));
        Map<String, String> newContact = fields(List.of(WASTE),
                List.of(new Contact(ContactRole.TECHNICAL, "Tina Techniek", "tina@voorbeeldstad.example", null)), METADATA);

        assertThat(ChangeFields.onlyTrustMaterial(live, newMetadata)).isTrue();
        assertThat(ChangeFields.differences(live, newMetadata, DUTCH)).extracting(ChangeDifference::label)
                .containsExactly("Metadata (SHA-256)");
        assertThat(ChangeFields.onlyTrustMaterial(live, newContact)).isFalse();
        assertThat(ChangeFields.differences(live, newContact, DUTCH)).singleElement()
                .satisfies(d -> assertThat(d.after()).startsWith("Tina Techniek"));
    }
}
