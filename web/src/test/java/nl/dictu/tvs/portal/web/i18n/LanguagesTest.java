package nl.dictu.tvs.portal.web.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void shouldKnowDutchAndEnglishOnly() {
        assertThat(Languages.supported("nl")).contains(Languages.DUTCH);
        assertThat(Languages.supported(" EN ")).contains(Languages.ENGLISH);
        assertThat(Languages.supported("de")).isEmpty();
        assertThat(Languages.supported(null)).isEmpty();
    }

    @Test
    void shouldDropOnlyTheLanguageParameterFromTheQuery() {
        assertThat(LanguageSwitchFilter.queryWithout("lang=en", "lang")).isEmpty();
        assertThat(LanguageSwitchFilter.queryWithout("a=1&lang=en&b=2", "lang")).isEqualTo("?a=1&b=2");
        assertThat(LanguageSwitchFilter.queryWithout("language=x", "lang")).isEqualTo("?language=x");
        assertThat(LanguageSwitchFilter.queryWithout(null, "lang")).isEmpty();
    }
}
