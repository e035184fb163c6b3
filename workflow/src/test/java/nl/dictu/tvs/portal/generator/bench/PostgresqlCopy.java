package nl.dictu.tvs.portal.generator.bench;

import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies a generated H2 database into an empty PostgreSQL database, so the load benchmark measures PostgreSQL on the
 * same data: the portal's schema by its own Flyway migrations and the engine's by the engine's PostgreSQL scripts
 * (exactly what a server makes on its first start), then every row of every table. The foreign keys are dropped for
 * the copy (rows arrive table by table, and the engine's tables point at themselves) and made again after it, which
 * also checks that the copy is whole; the identity sequences continue after the copied ids; {@code ANALYZE} last, as
 * a database that has been in use would have its statistics.
 */
final class PostgresqlCopy {

    private static final int BATCH = 2_000;
    /** Kept as the migrations made them on PostgreSQL: Flyway's own history differs per database (checksums). */
    private static final Set<String> NOT_COPIED = Set.of(SchemaMigrator.HISTORY_TABLE);

    private final String h2Url;
    private final String pgUrl;
    private final String pgUser;
    private final String pgPassword;

    PostgresqlCopy(String h2Url, String pgUrl, String pgUser, String pgPassword) {
        this.h2Url = h2Url;
        this.pgUrl = pgUrl;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
    }

    void copy() throws SQLException {
        try (Connection pg = DriverManager.getConnection(pgUrl, pgUser, pgPassword);
             Statement s = pg.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        createSchemas();
        try (Connection h2 = DriverManager.getConnection(h2Url, "sa", "sa");
             Connection pg = DriverManager.getConnection(pgUrl + "?reWriteBatchedInserts=true", pgUser, pgPassword)) {
            pg.setAutoCommit(false);
            Map<String, String> foreignKeys = dropForeignKeys(pg);
            long rows = 0;
            for (String table : tables(pg)) {
                if (!NOT_COPIED.contains(table)) {
                    rows += copyTable(h2, pg, table);
                }
            }
            restoreForeignKeys(pg, foreignKeys);
            continueSequences(pg);
            pg.commit();
            pg.setAutoCommit(true);
            try (Statement s = pg.createStatement()) {
                s.execute("ANALYZE");
            }
            System.out.printf("Copied %,d rows into %s%n", rows, pgUrl);
        }
    }

    private void createSchemas() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(pgUrl);
        dataSource.setUser(pgUser);
        dataSource.setPassword(pgPassword);
        SchemaMigrator.migrate(dataSource);
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("postgresql-copy")
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.close();
    }

    private static List<String> tables(Connection pg) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = pg.createStatement();
             ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, String> dropForeignKeys(Connection pg) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (Statement s = pg.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                      WHERE contype = 'f' AND connamespace = 'public'::regnamespace""")) {
            while (r.next()) {
                definitions.put("ALTER TABLE " + r.getString(1) + " ADD CONSTRAINT \"" + r.getString(2) + "\" "
                        + r.getString(3), "ALTER TABLE " + r.getString(1) + " DROP CONSTRAINT \"" + r.getString(2) + "\"");
            }
        }
        try (Statement s = pg.createStatement()) {
            for (String drop : definitions.values()) {
                s.execute(drop);
            }
        }
        return definitions;
    }

    private static void restoreForeignKeys(Connection pg, Map<String, String> definitions) throws SQLException {
        try (Statement s = pg.createStatement()) {
            for (String add : definitions.keySet()) {
                s.execute(add);
            }
        }
    }

    private static long copyTable(Connection h2, Connection pg, String table) throws SQLException {
        Map<String, Integer> columns = pgColumns(pg, table);
        String h2Table = h2TableName(h2, table);
        try (Statement s = pg.createStatement();
             ResultSet seeded = s.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")")) {
            seeded.next();
            if (seeded.getBoolean(1)) {
                // rows the migrations or the engine seeded; the copy brings them as the generator left them. Not
                // TRUNCATE: the append-only tables' triggers refuse it (and they start empty)
                try (Statement delete = pg.createStatement()) {
                    delete.execute("DELETE FROM \"" + table + "\"");
                }
            }
        }
        if (h2Table == null) {
            return 0; // made by the engine or a migration but never written by the generator
        }
        List<String> names = new ArrayList<>(columns.keySet());
        String select = "SELECT " + String.join(", ", names.stream().map(n -> "\"" + h2Column(h2, h2Table, n) + "\"").toList())
                + " FROM \"" + h2Table + "\"";
        String insert = "INSERT INTO \"" + table + "\" (" + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList())
                + ") VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        long copied = 0;
        try (Statement read = h2.createStatement(); ResultSet r = read.executeQuery(select);
             PreparedStatement write = pg.prepareStatement(insert)) {
            int pending = 0;
            while (r.next()) {
                for (int i = 0; i < names.size(); i++) {
                    setValue(write, i + 1, r.getObject(i + 1), columns.get(names.get(i)));
                }
                write.addBatch();
                copied++;
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        return copied;
    }

    private static void setValue(PreparedStatement write, int index, Object value, int pgType) throws SQLException {
        if (value == null) {
            write.setNull(index, pgType == Types.OTHER ? Types.OTHER : pgType);
        } else if (value instanceof Clob clob) {
            write.setString(index, clob.getSubString(1, (int) clob.length()));
        } else if (value instanceof Blob blob) {
            write.setBytes(index, blob.getBytes(1, (int) blob.length()));
        } else if (pgType == Types.OTHER) {
            write.setObject(index, value.toString(), Types.OTHER);
        } else {
            write.setObject(index, value);
        }
    }

    private static Map<String, Integer> pgColumns(Connection pg, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet r = pg.getMetaData().getColumns(null, "public", table, null)) {
            while (r.next()) {
                columns.put(r.getString("COLUMN_NAME"), r.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    /** H2 keeps unquoted names in upper case. */
    private static String h2TableName(Connection h2, String table) throws SQLException {
        for (String candidate : List.of(table.toUpperCase(Locale.ROOT), table)) {
            try (ResultSet r = h2.getMetaData().getTables(null, "PUBLIC", candidate, null)) {
                if (r.next()) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String h2Column(Connection h2, String h2Table, String pgColumn) {
        return h2Table.equals(h2Table.toUpperCase(Locale.ROOT)) ? pgColumn.toUpperCase(Locale.ROOT) : pgColumn;
    }

    private static void continueSequences(Connection pg) throws SQLException {
        List<String[]> serials = new ArrayList<>();
        try (Statement s = pg.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT table_name, column_name, pg_get_serial_sequence('"' || table_name || '"', column_name)
                       FROM information_schema.columns WHERE table_schema = 'public'
                        AND pg_get_serial_sequence('"' || table_name || '"', column_name) IS NOT NULL""")) {
            while (r.next()) {
                serials.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        try (Statement s = pg.createStatement()) {
            for (String[] serial : serials) {
                s.execute("SELECT setval('" + serial[2] + "', COALESCE((SELECT max(\"" + serial[1] + "\") FROM \""
                        + serial[0] + "\"), 0) + 1, false)");
            }
        }
    }
}
