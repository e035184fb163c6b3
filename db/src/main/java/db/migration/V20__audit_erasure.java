package db.migration;

import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.persistence.DatabaseProduct;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Retention of the audit trail's personal data: {@code erased_at} marks an event whose actor, client address and
 * before/after state were erased when their retention ended. The guard of the table lets exactly that one change
 * through (once, keeping the event's time, action, application, element and both hashes, so the chain still
 * verifies) and refuses every other UPDATE and every DELETE as before. On H2 the guard is the same Java trigger,
 * which reads the rule from {@code AppendOnlyTrigger}; on PostgreSQL the plpgsql function is replaced.
 */
public class V20__audit_erasure extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgresql = DatabaseProduct.isPostgresql(context.getConnection());
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("ALTER TABLE audit_event ADD COLUMN erased_at TIMESTAMP(6) WITH TIME ZONE");
            if (postgresql) {
                ddl.execute("CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN "
                        + "IF TG_OP = 'UPDATE' AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL "
                        + "AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action "
                        + "AND NEW.application_id IS NOT DISTINCT FROM OLD.application_id "
                        + "AND NEW.element_id IS NOT DISTINCT FROM OLD.element_id "
                        + "AND NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash "
                        + "AND NEW.chain_hash IS NOT DISTINCT FROM OLD.chain_hash "
                        + "AND NEW.actor = '" + AuditEvent.ERASED_ACTOR + "' AND NEW.client_address IS NULL "
                        + "AND NEW.before_json IS NULL AND NEW.after_json IS NULL THEN RETURN NEW; END IF; "
                        + "RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP "
                        + "USING ERRCODE = 'insufficient_privilege'; END $$");
            }
        }
    }
}
