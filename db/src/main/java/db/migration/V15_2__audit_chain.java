package db.migration;

import nl.dictu.tvs.portal.domain.audit.AuditHashes;
import nl.dictu.tvs.portal.persistence.AppendOnlyTrigger;
import nl.dictu.tvs.portal.persistence.DatabaseProduct;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The tamper-evident audit trail (issue 18): the client address, the hash chain (each event's
 * content hash and chain hash, and the chain's head), the events recorded so far sealed into it,
 * and the database refusing UPDATE and DELETE on {@code audit_event}: on H2 with a Java trigger
 * ({@link AppendOnlyTrigger}), on PostgreSQL with a plpgsql one (TRUNCATE refused as well). In Java
 * because the hashes are computed as the portal computes them, and the triggers differ per database.
 */
public class V15_2__audit_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = DatabaseProduct.isPostgresql(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(45)");
            ddl.execute("ALTER TABLE audit_event ADD COLUMN content_hash VARCHAR(64)");
            ddl.execute("ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64)");
            ddl.execute("CREATE TABLE audit_chain (id INTEGER NOT NULL PRIMARY KEY, last_hash VARCHAR(64) NOT NULL, "
                    + "last_event_id BIGINT, CONSTRAINT ck_audit_chain_one_row CHECK (id = 1))");
        }
        String[] head = sealExistingEvents(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_chain (id, last_hash, last_event_id) VALUES (1, ?, ?)")) {
            insert.setString(1, head[0]);
            insert.setObject(2, head[1] == null ? null : Long.valueOf(head[1]));
            insert.executeUpdate();
        }
        try (Statement ddl = connection.createStatement()) {
            if (postgresql) {
                ddl.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP "
                        + "USING ERRCODE = 'insufficient_privilege'; END $$");
                ddl.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
                        + "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()");
                ddl.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
                        + "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()");
            } else {
                ddl.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event "
                        + "FOR EACH ROW CALL \"" + AppendOnlyTrigger.class.getName() + "\"");
            }
        }
    }

    /** Seals the events recorded before this version, in the order of their ids; returns the chain's head and its event. */
    private static String[] sealExistingEvents(Connection connection) throws SQLException {
        String previous = AuditHashes.GENESIS;
        String lastId = null;
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, occurred_at, actor, action, application_id, element_id, "
                     + "before_json, after_json FROM audit_event ORDER BY id");
             PreparedStatement seal = connection.prepareStatement(
                     "UPDATE audit_event SET content_hash = ?, chain_hash = ? WHERE id = ?")) {
            while (rows.next()) {
                long applicationId = rows.getLong(5);
                Long application = rows.wasNull() ? null : applicationId;
                String content = AuditHashes.contentHash(rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getString(3), rows.getString(4), application,
                        rows.getString(6), rows.getString(7), rows.getString(8), null);
                previous = AuditHashes.chainHash(previous, content);
                seal.setString(1, content);
                seal.setString(2, previous);
                seal.setLong(3, rows.getLong(1));
                seal.executeUpdate();
                lastId = String.valueOf(rows.getLong(1));
            }
        }
        return new String[] {previous, lastId};
    }
}
