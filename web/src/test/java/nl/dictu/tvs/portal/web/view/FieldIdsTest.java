package nl.dictu.tvs.portal.web.view;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FieldIdsTest {

    private static final Map<String, String> RENAMED = Map.of("metadata", "metadataText", "role", "name");

    @Test
    void shouldTurnAFieldPathIntoTheClientIdOfItsComponent() {
        assertThat(FieldIds.clientId("correction", "services[2].name", RENAMED)).isEqualTo("correction:services:2:name");
        assertThat(FieldIds.clientId("correction", "contacts[0].email", RENAMED)).isEqualTo("correction:contacts:0:email");
        assertThat(FieldIds.clientId("correction", "contacts[1].role", RENAMED)).isEqualTo("correction:contacts:1:name");
        assertThat(FieldIds.clientId("production", "metadata", RENAMED)).isEqualTo("production:metadataText");
        assertThat(FieldIds.clientId("production", "desiredGoLive", RENAMED)).isEqualTo("production:desiredGoLive");
        assertThat(FieldIds.clientId(null, "username", Map.of())).isEqualTo("username");
    }

    @Test
    void shouldPutARefusalOfNoFieldOrOfAWholeListOnThePage() {
        assertThat(FieldIds.clientId("correction", null, RENAMED)).isNull();
        assertThat(FieldIds.clientId("correction", "services", RENAMED)).isNull();
        assertThat(FieldIds.clientId("correction", "checklist", RENAMED)).isNull();
    }
}
