package nl.dictu.tvs.portal.domain.application;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldPathTest {

    private static final byte[] METADATA = "<md/>".getBytes(StandardCharsets.UTF_8);

    private record Row(String name, String email) {
    }

    @Test
    void shouldNameEachRefusedRowByItsPlaceInFrontOfItsOwnField() {
        ConvertedRows<Contact> converted = ConvertedRows.of("contacts", List.of(
                new Row("Tess", "tess@voorbeeldstad.example"), new Row("Bert", "geen-adres"), new Row("", "x@y.example")),
                row -> new Contact(ContactRole.TECHNICAL, row.name(), row.email(), null));

        assertThat(converted.ok()).isFalse();
        assertThat(converted.values()).extracting(Contact::name).containsExactly("Tess");
        assertThat(converted.refusals()).extracting(InvalidApplicationException::field)
                .containsExactly("contacts[1].email", "contacts[2].name");
        assertThat(converted.refusals()).extracting(InvalidApplicationException::messageKey)
                .containsExactly("application.invalid.contactEmail", "application.invalid.contactName");
        assertThatThrownBy(converted::orThrow).isSameAs(converted.refusals().get(0));
    }

    @Test
    void shouldNameTheRepeatedServiceTheCertificateAndTheMetadataOfTheContent() {
        ServiceDeclaration parking = new ServiceDeclaration("Parkeren", Set.of(AssuranceLevel.DIGID_MIDDEN));
        ServiceDeclaration waste = new ServiceDeclaration("Afval", Set.of(AssuranceLevel.DIGID_BASIS));

        assertThatThrownBy(() -> new ApplicationContent(List.of(parking, waste, parking), false, "pem", METADATA, "2026.1"))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.field()).isEqualTo("services[2].name"));
        assertThatThrownBy(() -> new ApplicationContent(List.of(parking), false, " ", METADATA, "2026.1"))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.field()).isEqualTo("certificatePem"));
        assertThatThrownBy(() -> new ApplicationContent(List.of(parking), false, "pem", new byte[0], "2026.1"))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.field()).isEqualTo("metadata"));
        assertThatThrownBy(() -> new ServiceDeclaration("Parkeren", Set.of(AssuranceLevel.DIGID_MIDDEN), "", "http://x.example"))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.under("services[0]").field())
                        .isEqualTo("services[0].url"));
    }

    @Test
    void shouldKeepARefusalOfTheWholeContentWithoutAField() {
        InvalidApplicationException whole = new InvalidApplicationException("application.invalid.noServices");

        assertThat(whole.field()).isNull();
        assertThat(whole.under("services").field()).isEqualTo("services");
        assertThat(whole.under("services").messageKey()).isEqualTo("application.invalid.noServices");
    }
}
