package nl.dictu.tvs.portal.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortalConfigTest {

    @Test
    void shouldStartInDemoModeOnTheEmbeddedDatabase() {
        assertThat(new PortalConfig(Map.of()).isDemoMode()).isTrue();
    }

    @Test
    void shouldNotStartInDemoModeOnPostgresqlUnlessAsked() {
        assertThat(new PortalConfig(Map.of("TVS_DB_KIND", "PostgreSQL")).isDemoMode()).isFalse();
        assertThat(new PortalConfig(Map.of("TVS_DB_KIND", "PostgreSQL", "TVS_DEMO_MODE", "true")).isDemoMode()).isTrue();
    }

    @Test
    void shouldTurnDemoModeOffWhenAsked() {
        assertThat(new PortalConfig(Map.of("TVS_DEMO_MODE", "false")).isDemoMode()).isFalse();
    }

    @Test
    void shouldTreatBlankValuesAsUnset() {
        assertThat(new PortalConfig(Map.of("TVS_DB_KIND", "  ")).databaseKind()).isEqualTo("H2");
    }
}
