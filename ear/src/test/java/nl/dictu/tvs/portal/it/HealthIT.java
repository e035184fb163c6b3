package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIT {

    private final PortalClient anonymous = PortalClient.forSharedServer();

    @Test
    void shouldServeEachCheckWithItsDetailOnTheHealthListenerOnly() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PortalServer.shared().healthListenerUrl() + "/api/health/ready")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"database\":{\"status\":\"UP\",\"detail\":\"" + (ItDatabase.current() == ItDatabase.H2 ? "H2" : "PostgreSQL"))
                .containsPattern("\"processEngine\":\\{\"status\":\"UP\",\"detail\":\"[0-9]+ process definitions deployed\"")
                .contains("\"jobExecutor\":{\"status\":\"UP\",\"detail\":\"active\"}")
                .containsPattern("\"jobsDue\":\\{\"status\":\"UP\",\"detail\":\"[0-9]+ jobs due\"");
    }

    @Test
    void shouldTellEvenASignedInAdminTheStatusOnlyOnThePortalsOwnPort() {
        PortalClient admin = PortalClient.forSharedServer();
        admin.signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD);

        HttpResponse<String> response = admin.get("/api/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldTellAnonymousCallersTheStatusOnly() {
        HttpResponse<String> response = anonymous.get("/api/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldNotOfferWildFlysHttpInvoker() {
        HttpResponse<String> response = anonymous.get("/wildfly-services");

        assertThat(response.statusCode()).as("the portal's own answer: sign in first").isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("/login.xhtml?returnTo=%2Fwildfly-services");
    }

    @Test
    void shouldCreateTheMissingDataDirectoryForTheEmbeddedDatabase() {
        String dataDir = PortalServer.shared().environment().get("TVS_DATA_DIR");
        if (ItDatabase.current() == ItDatabase.H2) {
            assertThat(java.nio.file.Path.of(dataDir, "tvs.mv.db")).as("created by the portal in a new nested directory").exists();
        } else {
            assertThat(java.nio.file.Path.of(dataDir, "tvs.mv.db")).as("PostgreSQL runs keep no embedded database").doesNotExist();
        }
    }

    @Test
    void shouldReportLiveWithoutSigningIn() {
        HttpResponse<String> response = anonymous.get("/api/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(anonymous.sessionId()).as("health checks create no session").isEmpty();
    }
}
