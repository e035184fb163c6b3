package nl.dictu.tvs.portal.web.view.reviewer;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DossierTabsTest {

    @Test
    void shouldShowTheOpenTabOnAnOrdinaryRequest() {
        assertThat(DossierTabs.shown(Map.of(), "audit")).isEqualTo("audit");
        assertThat(DossierTabs.shown(Map.of("dossierForm:tabs_currentTab", "dossierForm:tabs:notesTab"), "audit"))
                .as("a tab named without a content load is not fetched").isEqualTo("audit");
    }

    @Test
    void shouldShowTheFirstTabForNoTabOrAnUnknownOne() {
        assertThat(DossierTabs.shown(Map.of(), null)).isEqualTo("form");
        assertThat(DossierTabs.shown(Map.of(), "nonsense")).isEqualTo("form");
    }

    @Test
    void shouldShowTheTabTheTabViewFetches() {
        Map<String, String> load = Map.of("dossierForm:tabs_contentLoad", "true",
                "dossierForm:tabs_currentTab", "dossierForm:tabs:checksTab");
        assertThat(DossierTabs.shown(load, null)).isEqualTo("checks");
        assertThat(DossierTabs.shown(load, "audit")).isEqualTo("checks");
    }

    @Test
    void shouldIgnoreAFetchOfATabThePageDoesNotHave() {
        Map<String, String> load = Map.of("dossierForm:tabs_contentLoad", "true",
                "dossierForm:tabs_currentTab", "dossierForm:tabs:secretTab");
        assertThat(DossierTabs.shown(load, "notes")).isEqualTo("notes");
    }
}
