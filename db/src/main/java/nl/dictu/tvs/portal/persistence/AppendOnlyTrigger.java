package nl.dictu.tvs.portal.persistence;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded database's guard of the audit trail: refuses every UPDATE and DELETE of a row of
 * {@code audit_event}, whoever sends it (PostgreSQL has the same as a plpgsql trigger). H2 loads it
 * by name from the portal's classes.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
