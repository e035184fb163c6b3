package nl.dictu.tvs.portal.persistence;

import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The embedded database's guard of the audit trail: refuses every UPDATE and DELETE of a row of
 * {@code audit_event}, whoever sends it, except the one erasure of an event's personal data when its
 * retention ended (migration V20: actor {@code -}, client address and before/after state emptied,
 * {@code erased_at} set, everything else as it was). PostgreSQL has the same as a plpgsql trigger.
 * H2 loads it by name from the portal's classes.
 */
public class AppendOnlyTrigger implements Trigger {

    /** What an erasure keeps as it was. */
    private static final List<String> KEPT = List.of("ID", "OCCURRED_AT", "ACTION", "APPLICATION_ID", "ELEMENT_ID",
            "CONTENT_HASH", "CHAIN_HASH", "SUPPLIER_ORGANISATION_ID", "SERVED_ORGANISATION_ID");
    /** What an erasure empties. */
    private static final List<String> EMPTIED = List.of("CLIENT_ADDRESS", "BEFORE_JSON", "AFTER_JSON");

    private String table;
    /** Column name (upper case) to its index in a row; without {@code ERASED_AT} no erasure is allowed. */
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName;
        try (ResultSet rows = connection.getMetaData().getColumns(null, schema, tableName, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rows.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && isErasure(oldRow, newRow)) {
            return;
        }
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }

    private boolean isErasure(Object[] oldRow, Object[] newRow) {
        Integer erasedAt = columns.get("ERASED_AT");
        if (erasedAt == null || oldRow[erasedAt] != null || newRow[erasedAt] == null
                || !AuditEvent.ERASED_ACTOR.equals(newRow[columns.get("ACTOR")])) {
            return false;
        }
        for (String kept : KEPT) {
            if (columns.containsKey(kept) && !Objects.equals(oldRow[columns.get(kept)], newRow[columns.get(kept)])) {
                return false;
            }
        }
        return EMPTIED.stream().allMatch(emptied -> newRow[columns.get(emptied)] == null);
    }
}
