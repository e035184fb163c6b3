package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code validUntil} is read with java.time where it can be: always to the same instant the XML calendar gives. */
class MetadataDateTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2030-01-01T00:00:00Z", "2030-06-15T12:30:45+02:00", "2030-06-15T12:30:45-14:00",
            "2030-06-15T12:30:45+14:00", "2030-06-15T12:30:45.123456789Z", "2030-06-15T12:30:45.9Z", " 2030-01-01T00:00:00Z\n",
            "1601-03-01T00:00:00Z", "2030-01-01T00:00:00", "2030-01-01T24:00:00Z", "2030-02-29T00:00:00Z",
            "2028-02-29T00:00:00Z", "2030-01-01T00:00Z", "2030-01-01", "12030-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "2030-01-01T00:00:00+14:30", "2030-01-01T00:00:00+15:00", "not a date", "",
            "2030-12-31T23:59:59.999999999-13:59", "2030-12-31T23:59:60Z", "2030-13-01T00:00:00Z", "2030-00-10T00:00:00Z",
            "2030-04-31T00:00:00Z", "2030-01-00T00:00:00Z", "2030-01-01T23:60:00Z", "2030-01-01T00:00:00-00:00",
            "2030-01-01T00:00:00+05:30", "2030-01-01T00:00:00-05:30", "2030-01-01T00:00:00.5+01:00", "9999-12-31T23:59:59-14:00",
            "0001-01-01T00:00:00+14:00", "2030-01-01T00:00:00.0001234Z", "2030-01-01T00:00:00.Z", "2030-01-01T00:00:00z"})
    void shouldReadEveryDateTimeAsTheXmlCalendarDoes(String text) throws Exception {
        assertThat(MetadataShapeRules.dateTime(text)).isEqualTo(calendar(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030-06-15T12:30:45+02:00", "2030-06-15T12:30:45.999Z"})
    void shouldReadTheUsualFormsToAnInstant(String text) {
        assertThat(MetadataShapeRules.dateTime(text)).isPresent();
    }

    private static Optional<Instant> calendar(String text) throws Exception {
        try {
            return Optional.of(DatatypeFactory.newInstance().newXMLGregorianCalendar(text.strip()).toGregorianCalendar().toInstant());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
