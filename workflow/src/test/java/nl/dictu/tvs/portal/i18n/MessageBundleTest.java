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

    private static final String BASE = nl.dictu.tvs.portal.shared.i18n.Bundle.NAME;

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

    /** Every refusal key the code throws is in the bundle: a missing one would show the bare key to a person. */
    @Test
    void shouldHaveAMessageForEveryRefusalKeyTheCodeThrows() throws IOException {
        Properties dutch = load("messages.properties");
        // new XxxException("key", ...) and XxxException.of("field", "key", ...)
        java.util.regex.Pattern thrown = java.util.regex.Pattern.compile(
                "Exception(?:\\(|\\.of\\(\"[^\"]*\",\\s*)\"([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String root : new String[] {"src/main/java", "../db/src/main/java"}) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    java.util.regex.Matcher matcher = thrown.matcher(java.nio.file.Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).as("refusal keys found in the code").contains("application.invalid.checklistUnanswered");
        assertThat(keys).allSatisfy(key -> assertThat(dutch).as(key).containsKey(key));
        for (nl.dictu.tvs.portal.domain.file.FilePurpose purpose : nl.dictu.tvs.portal.domain.file.FilePurpose.values()) {
            assertThat(dutch).containsKey("upload.wrongType." + purpose.name());
        }
    }
}
