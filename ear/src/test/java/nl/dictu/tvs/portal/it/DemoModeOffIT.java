package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.document.seal.DemoSealingKeySource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second server on an empty database with demo mode off: none of the demo accounts exists, staff
 * exist only at the identity provider (the test Keycloak) and sign in there with a second factor,
 * no local staff account can be made or used, and no demo CA is made.
 */
@Tag("h2-only")
class DemoModeOffIT {

    private static final String PUBLIC_URL = "https://aansluiten.example.nl";

    @Test
    void shouldLeaveStaffToTheIdentityProviderOutsideDemoMode() throws Exception {
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(KeycloakServer::shared);
        Path base = PortalServer.freshServerBase("demo-off");
        Map<String, String> env = new HashMap<>(ItPki.serverEnvironment(base.getParent()));
        DemoSealingKeySource.persistedIn(base.getParent());
        env.putAll(Map.of("TVS_SEAL_KEYSTORE", base.getParent().resolve(DemoSealingKeySource.FILE_NAME).toString(),
                "TVS_SEAL_KEYSTORE_PASSWORD", DemoSealingKeySource.PASSWORD));
        env.putAll(KeycloakServer.portalEnvironment());
        env.put("TVS_SECRETS_KEY_FILE", Files.writeString(base.getParent().resolve("secrets.key"),
                Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32))).toString());
        env.putAll(Map.of("TVS_DEMO_MODE", "false",
                "TVS_DATA_DIR", base.getParent().resolve("data").toString(),
                // the address people reach the portal at; the test realm lets the provider send them back there
                "TVS_PUBLIC_URL", PUBLIC_URL));
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, PortalServer.sharedPortOffset() + 250,
                env, base.getParent().resolve("server.log"));
        try {
            server.start();
            keycloak.join();

            for (DemoAccount account : DemoAccount.values()) {
                HttpResponse<String> login = new PortalClient(server.baseUrl()).postForm("/login",
                        Map.of("username", account.username, "password", DemoAccount.PASSWORD));
                assertThat(login.headers().firstValue("Location")).as(account.username)
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?error=credentials"));
            }

            PortalClient adminClient = new PortalClient(server.baseUrl());
            HttpResponse<String> callback = new ProviderBrowserless().signIn(adminClient, ProviderStaff.FIRST_ADMIN);
            assertThat(callback.statusCode()).as(callback.body()).isIn(200, 302);
            HttpResponse<String> admin = adminClient.get("/admin/index.xhtml");
            assertThat(admin.statusCode()).isEqualTo(200);
            assertThat(admin.body()).contains("<h1 id=\"pageTitle\">Beheer</h1>").doesNotContain("Demomodus staat aan");

            HttpResponse<String> localReviewer = adminClient.postJson("/api/users", "{\"username\":\"lokaal-beoordelaar\","
                    + "\"displayName\":\"Lokale Beoordelaar\",\"email\":\"lokaal@dictu.example\",\"roles\":[\"reviewer\"]}",
                    PortalClient.csrfTokenIn(admin.body()));
            assertThat(localReviewer.statusCode()).as("no local staff account outside demo mode").isEqualTo(422);
            assertThat(localReviewer.body()).contains("admin.users.staffAtProvider").contains("identity provider van DICTU");

            HttpResponse<String> password = new PortalClient(server.baseUrl()).postForm("/login",
                    Map.of("username", ProviderStaff.FIRST_ADMIN.username, "password", KeycloakServer.STAFF_PASSWORD));
            assertThat(password.headers().firstValue("Location")).as("a staff member's password at the portal itself")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?error=credentials"));

            // Outside demo mode no demo CA is made, and nothing trusts one: only the configured anchor is listed.
            assertThat(base.getParent().resolve("data").resolve("demo-pki")).doesNotExist();
            assertThat(adminClient.get("/admin/trust-anchors.xhtml").body()).contains("TVS Test Root CA")
                    .doesNotContain("Demo Root CA").doesNotContain("Demo-basiscertificaat");
        } finally {
            server.stop();
        }
    }
}
