package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Security events are audited with their client address, and the admin sees the audit trail's chain intact. */
class AuditIT {

    @Test
    void shouldAuditAFailedSignInWithItsAddressAndFindTheChainIntact() {
        String address = "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        String name = "indringer" + ThreadLocalRandom.current().nextInt(1_000_000);
        PortalClient.forSharedServer().postForm("/login", Map.of("username", name, "password", "wrong"),
                Map.of("X-Forwarded-For", address));
        PortalClient admin = PortalClient.forSharedServer();
        admin.signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD);

        HttpResponse<String> audit = admin.get("/admin/audit.xhtml");

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("id=\"auditIntact\"").doesNotContain("id=\"auditBroken\"")
                .containsPattern("<td[^>]*>" + name + "</td><td[^>]*>signInFailed</td><td[^>]*>" + address.replace(".", "\\.") + "</td>")
                .contains("signIn</td>");
    }
}
