package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * PostgreSQL's guard (migration V20): only the erasure of an event's personal data passes; any other change is
     * refused. Tried in a transaction that is rolled back, so the trail stays as it was. (On H2 the same rule is the
     * Java trigger, covered by DataRetentionTest.)
     */
    @Test
    void shouldLetPostgresqlRefuseEveryChangeOfTheAuditTrailButTheErasureOfPersonalData() throws SQLException {
        Assumptions.assumeTrue(ItDatabase.current() == ItDatabase.POSTGRESQL, "PostgreSQL's trigger");
        try (Connection connection = DriverManager.getConnection(ItDatabase.PG_URL, ItDatabase.PG_USER, ItDatabase.PG_PASSWORD);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                assertRefused(statement, "UPDATE audit_event SET actor = 'mallory' WHERE id = (SELECT MIN(id) FROM audit_event)");
                assertRefused(statement, "DELETE FROM audit_event WHERE id = (SELECT MIN(id) FROM audit_event)");
                assertRefused(statement, "UPDATE audit_event SET actor = '-', client_address = NULL, before_json = NULL, "
                        + "after_json = NULL, erased_at = now(), action = 'forged' WHERE id = (SELECT MIN(id) FROM audit_event)");
                int erased = statement.executeUpdate("UPDATE audit_event SET actor = '-', client_address = NULL, "
                        + "before_json = NULL, after_json = NULL, erased_at = now() WHERE id = (SELECT MIN(id) FROM audit_event)");
                assertThat(erased).as("the erasure passes").isEqualTo(1);
                assertRefused(statement, "UPDATE audit_event SET erased_at = NULL WHERE id = (SELECT MIN(id) FROM audit_event)");
            } finally {
                connection.rollback();
            }
        }
    }

    private static void assertRefused(Statement statement, String sql) throws SQLException {
        statement.execute("SAVEPOINT attempt");
        try {
            statement.executeUpdate(sql);
            throw new AssertionError("not refused: " + sql);
        } catch (SQLException refused) {
            assertThat(refused.getMessage()).as(sql).contains("append-only");
        }
        statement.execute("ROLLBACK TO SAVEPOINT attempt");
    }
}
