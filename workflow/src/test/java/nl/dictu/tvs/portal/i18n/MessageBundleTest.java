package nl.dictu.tvs.portal.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The one bundle: every key in both languages, and Dutch when Dutch is asked, whatever the JVM's locale. */
class MessageBundleTest {

    private static final String BASE = "nl.dictu.tvs.portal.i18n.messages";

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/nl/dictu/tvs/portal/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHaveEveryKeyInDutchAndEnglish() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).allSatisfy(k -> assertThat(dutch.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void shouldServeDutchForDutchEvenWhenTheDefaultLocaleIsEnglish() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BASE, Locale.forLanguageTag("nl")).getString("login.submit")).isEqualTo("Inloggen");
            assertThat(ResourceBundle.getBundle(BASE, Locale.ENGLISH).getString("login.submit")).isEqualTo("Log in");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
