package nl.dictu.tvs.portal.shared.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void shouldHoldAnOutboxClaimForFiveMinutesUnlessConfigured() {
        assertThat(new PortalConfig(Map.of()).outboxLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(new PortalConfig(Map.of("TVS_OUTBOX_LEASE", "PT15S")).outboxLease()).isEqualTo(Duration.ofSeconds(15));
        assertThatThrownBy(() -> new PortalConfig(Map.of("TVS_OUTBOX_LEASE", "5 minutes")).outboxLease())
                .hasMessageContaining("TVS_OUTBOX_LEASE").hasMessageContaining("PT5M");
        assertThatThrownBy(() -> new PortalConfig(Map.of("TVS_OUTBOX_LEASE", "PT0S")).outboxLease())
                .hasMessageContaining("positive");
    }

    @Test
    void shouldRunHistoryCleanupUnlessTurnedOffForThisNode() {
        assertThat(new PortalConfig(Map.of()).isHistoryCleanupNode()).isTrue();
        assertThat(new PortalConfig(Map.of("TVS_HISTORY_CLEANUP", "false")).isHistoryCleanupNode()).isFalse();
    }

    @Test
    void shouldRequireTheStaffIdentityProviderOnlyOutsideDemoMode() {
        assertThatCode(() -> new PortalConfig(Map.of()).requireStaffProvider()).doesNotThrowAnyException();
        assertThatCode(() -> new PortalConfig(Map.of("TVS_DEMO_MODE", "false", "TVS_OIDC_ISSUER", "https://idp.example.nl/realms/dictu"))
                .requireStaffProvider()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new PortalConfig(Map.of("TVS_DEMO_MODE", "false")).requireStaffProvider())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("TVS_OIDC_ISSUER is not set");
    }

    @Test
    void shouldTreatBlankValuesAsUnset() {
        assertThat(new PortalConfig(Map.of("TVS_DB_KIND", "  ")).databaseKind()).isEqualTo("H2");
    }

    @Test
    void shouldGiveThePublicUrlWithoutTrailingSlash() {
        assertThat(new PortalConfig(Map.of("TVS_PUBLIC_URL", "https://aansluiten.example.nl/tvs/")).publicUrl())
                .contains("https://aansluiten.example.nl/tvs");
        assertThat(new PortalConfig(Map.of()).publicUrl()).isEmpty();
    }

    @Test
    void shouldRefuseAPublicUrlThatIsNotAnAbsoluteWebAddress() {
        for (String bad : new String[] {"aansluiten.example.nl/tvs", "ftp://aansluiten.example.nl", "https://x.example/?a=b",
                "https://user@x.example/tvs", "https://x.example/tvs#top", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> new PortalConfig(Map.of("TVS_PUBLIC_URL", bad)).publicUrl())
                    .as(bad).isInstanceOf(IllegalStateException.class).hasMessageContaining("TVS_PUBLIC_URL");
        }
    }

    @Test
    void shouldRequireThePublicUrlOutsideDemoModeOnly() {
        assertThat(new PortalConfig(Map.of()).requiredPublicUrl()).isEqualTo("http://localhost:8080");
        assertThat(new PortalConfig(Map.of("TVS_DEMO_MODE", "false", "TVS_PUBLIC_URL", "https://tvs.example/")).requiredPublicUrl())
                .isEqualTo("https://tvs.example");
        assertThatThrownBy(() -> new PortalConfig(Map.of("TVS_DEMO_MODE", "false")).requiredPublicUrl())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TVS_PUBLIC_URL is not set");
    }

    @Test
    void shouldSendSecureCookiesOnlyWhenAsked() {
        assertThat(new PortalConfig(Map.of()).isCookieSecure()).isFalse();
        assertThat(new PortalConfig(Map.of("TVS_COOKIE_SECURE", "true")).isCookieSecure()).isTrue();
    }
}
