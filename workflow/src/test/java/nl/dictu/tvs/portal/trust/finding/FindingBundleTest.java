package nl.dictu.tvs.portal.trust.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every finding code has its own message in both bundle files, so no finding ever reaches a person as a bare code. */
class FindingBundleTest {

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FindingBundleTest.class.getResourceAsStream("/nl/dictu/tvs/portal/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> missingIn(Properties bundle) {
        return Arrays.stream(FindingCode.values()).map(FindingMessages::keyOf)
                .filter(key -> bundle.getProperty(key) == null || bundle.getProperty(key).isBlank()).toList();
    }

    @Test
    void shouldHaveADutchAndAnEnglishMessageForEveryFindingCode() throws IOException {
        // given
        Properties dutch = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        // then
        assertThat(missingIn(dutch)).as("finding codes without a Dutch message").isEmpty();
        assertThat(missingIn(english)).as("finding codes without an English message").isEmpty();
        assertThat(Arrays.stream(FindingCode.values()).map(FindingMessages::keyOf)
                .filter(key -> dutch.getProperty(key).equals(english.getProperty(key))))
                .as("finding codes whose English message is the Dutch one").isEmpty();
    }

    @Test
    void shouldHaveNoFindingMessageForACodeThatDoesNotExist() throws IOException {
        List<String> codes = Arrays.stream(FindingCode.values()).map(FindingMessages::keyOf).toList();

        for (Properties bundle : List.of(bundle("messages.properties"), bundle("messages_en.properties"))) {
            assertThat(bundle.stringPropertyNames().stream().filter(key -> key.startsWith("finding.")))
                    .as("messages of unknown finding codes").allMatch(codes::contains);
        }
    }
}
