package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entityID is read without a regular expression: always to the same answer as the pattern it replaced. */
class EntityIdTest {

    private static final Pattern FORM = Pattern.compile("urn:nl-eid-gdi:1\\.0:([A-Z]{2,3}):(\\d{20}):entities:(\\d{1,4})");
    private static final List<String> VALID = List.of("urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:9001",
            "urn:nl-eid-gdi:1.0:LC:00000003273012340000:entities:0001", "urn:nl-eid-gdi:1.0:IDP:00000001800866472000:entities:1",
            "urn:nl-eid-gdi:1.0:RD:00000099000000001000:entities:12");
    private static final String VARIANTS = "09AZaz:.-_ \n\u0661\uFF11\u00C4";

    @ParameterizedTest
    @ValueSource(strings = {"urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:9001",
            "urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:12345", "urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:",
            "urn:nl-eid-gdi:1.0:D:00000001002220647000:entities:9001", "urn:nl-eid-gdi:1.0:DVXX:00000001002220647000:entities:9001",
            "urn:nl-eid-gdi:1.0:dv:00000001002220647000:entities:9001", "urn:nl-eid-gdi:1.0:DV:0000000100222064700:entities:9001",
            "urn:nl-eid-gdi:1.0:DV:000000010022206470001:entities:9001", "urn:nl-eid-gdi:1X0:DV:00000001002220647000:entities:9001",
            "urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:9001\n", " urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:9001",
            "urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:٩٠٠١", "urn:nl-eid-gdi:1.0:DV", "urn:nl-eid-gdi:1.0:", ""})
    void shouldReadTheListedEntityIdsAsThePatternDoes(String entityId) {
        assertThat(EntityId.parse(entityId)).isEqualTo(byPattern(entityId));
    }

    @Test
    void shouldReadEveryOneCharacterChangeOfAValidEntityIdAsThePatternDoes() {
        List<String> mutations = new ArrayList<>();
        for (String valid : VALID) {
            for (int i = 0; i <= valid.length(); i++) {
                if (i < valid.length()) {
                    mutations.add(valid.substring(0, i) + valid.substring(i + 1));
                }
                for (char c : VARIANTS.toCharArray()) {
                    mutations.add(valid.substring(0, i) + c + valid.substring(i));
                    if (i < valid.length()) {
                        mutations.add(valid.substring(0, i) + c + valid.substring(i + 1));
                    }
                }
            }
        }
        assertThat(mutations).hasSizeGreaterThan(3000);
        assertThat(mutations).allSatisfy(entityId -> assertThat(EntityId.parse(entityId)).as(entityId).isEqualTo(byPattern(entityId)));
        assertThat(mutations.stream().filter(entityId -> EntityId.parse(entityId).isPresent())).hasSizeGreaterThan(100);
    }

    @Test
    void shouldReadRoleOinAndIndex() {
        assertThat(EntityId.parse("urn:nl-eid-gdi:1.0:DV:00000001002220647000:entities:0042"))
                .contains(new EntityId("DV", "00000001002220647000", 42, "0042"));
    }

    private static Optional<EntityId> byPattern(String entityId) {
        Matcher matcher = FORM.matcher(entityId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntityId(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)), matcher.group(3)));
    }
}
