package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.document.seal.DemoSealingKeySource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second server on an empty database with demo mode off: none of the demo accounts exists,
 * the first admin comes only from TVS_ADMIN_USERNAME and TVS_ADMIN_PASSWORD, and no demo CA is made.
 */
@Tag("h2-only")
class DemoModeOffIT {

    @Test
    void shouldCreateNoDefaultAccountsOutsideDemoMode() throws Exception {
        Path base = PortalServer.freshServerBase("demo-off");
        Map<String, String> env = new java.util.HashMap<>(ItPki.serverEnvironment(base.getParent()));
        DemoSealingKeySource.persistedIn(base.getParent());
        env.putAll(Map.of("TVS_SEAL_KEYSTORE", base.getParent().resolve(DemoSealingKeySource.FILE_NAME).toString(),
                "TVS_SEAL_KEYSTORE_PASSWORD", DemoSealingKeySource.PASSWORD));
        env.putAll(Map.of("TVS_DEMO_MODE", "false",
                "TVS_DATA_DIR", base.getParent().resolve("data").toString(),
                "TVS_ADMIN_USERNAME", "first-admin",
                "TVS_ADMIN_PASSWORD", "a long enough passphrase",
                "TVS_PUBLIC_URL", "https://aansluiten.example.nl"));
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, PortalServer.sharedPortOffset() + 250,
                env, base.getParent().resolve("server.log"));
        try {
            server.start();

            for (DemoAccount account : DemoAccount.values()) {
                HttpResponse<String> login = new PortalClient(server.baseUrl()).postForm("/login",
                        Map.of("username", account.username, "password", DemoAccount.PASSWORD));
                assertThat(login.headers().firstValue("Location")).as(account.username)
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?error=credentials"));
            }
            PortalClient adminClient = new PortalClient(server.baseUrl());
            HttpResponse<String> admin = adminClient.signIn("first-admin", "a long enough passphrase");
            assertThat(admin.statusCode()).isEqualTo(200);
            assertThat(admin.body()).contains("<h1 id=\"pageTitle\">Beheer</h1>").doesNotContain("Demomodus staat aan");
            // Outside demo mode no demo CA is made, and nothing trusts one: only the configured anchor is listed.
            assertThat(base.getParent().resolve("data").resolve("demo-pki")).doesNotExist();
            assertThat(adminClient.get("/admin/trust-anchors.xhtml").body()).contains("TVS Test Root CA")
                    .doesNotContain("Demo Root CA").doesNotContain("Demo-basiscertificaat");
        } finally {
            server.stop();
        }
    }
}
