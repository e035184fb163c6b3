package nl.dictu.tvs.portal.generator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * V28 (services as catalogue entries) on a database with applications in every phase: the generator's
 * database, copied into a schema at V27 (only what V27 has), then migrated. Every version keeps its services,
 * levels, descriptions and addresses; the Dutch name is the name it had, the English name starts as that name.
 * A version stored before services had descriptions (no info row) gets an empty description.
 */
class ServiceCatalogueMigrationTest {

    private static final MigrationVersion BEFORE_CATALOGUE = MigrationVersion.fromVersion("27");

    /** Tables whose current rows a V27 constraint refuses: V29 lets both environments share a ServiceUUID. */
    private static final Set<String> RESHAPED_LATER = Set.of("ISSUED_SERVICE_UUID");

    @Test
    void shouldKeepEveryServiceOfEveryApplicationInEveryPhase() throws SQLException {
        ServiceTestBed bed = GeneratedDatabase.bed();
        assertThat(GeneratedDatabase.report().perScenario()).as("applications in every phase")
                .containsOnlyKeys(Scenario.values());
        Map<Long, List<ServiceDeclaration>> before = servicesPerVersion(bed.em);
        assertThat(before).hasSizeGreaterThan(GeneratedDatabase.COUNT).allSatisfy((id, services) ->
                assertThat(services).as("version %d", id).isNotEmpty());

        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(old).locations(SchemaMigrator.LOCATION)
                .table(SchemaMigrator.HISTORY_TABLE).target(BEFORE_CATALOGUE).load().migrate();
        int copied = copyWhatTheOldSchemaHas(bed.dataSource, old);
        assertThat(copied).isGreaterThan(GeneratedDatabase.COUNT * 10);
        long withoutInfo = before.keySet().iterator().next();
        try (Connection connection = old.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(sql.executeUpdate("DELETE FROM application_version_service_info WHERE version_id = " + withoutInfo))
                    .as("a version from before services had descriptions").isPositive();
        }

        SchemaMigrator.migrate(old);

        EntityManagerFactory factory = Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", old,
                "jakarta.persistence.nonJtaDataSource", old,
                "jakarta.persistence.database-product-name", "H2"));
        try {
            Map<Long, List<ServiceDeclaration>> after = servicesPerVersion(factory.createEntityManager());
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((id, services) -> assertThat(after.get(id)).as("version %d", id)
                    .extracting(ServiceDeclaration::name, ServiceDeclaration::nameEn, ServiceDeclaration::minimumLevels,
                            ServiceDeclaration::description, ServiceDeclaration::url)
                    .containsExactlyElementsOf(services.stream().map(s -> tuple(s.name(), s.name(), s.minimumLevels(),
                            id == withoutInfo ? "" : s.description(), id == withoutInfo ? null : s.url())).toList()));
        } finally {
            factory.close();
        }
    }

    private static Map<Long, List<ServiceDeclaration>> servicesPerVersion(EntityManager em) {
        return em.createQuery("select v from ApplicationVersion v", ApplicationVersion.class).getResultList().stream()
                .collect(Collectors.toMap(ApplicationVersion::getId, ApplicationVersion::services, (a, b) -> a, TreeMap::new));
    }

    /** Every row of every table the old schema has, with the columns it has; returns the number of rows. */
    private static int copyWhatTheOldSchemaHas(JdbcDataSource from, JdbcDataSource to) throws SQLException {
        int rows = 0;
        try (Connection source = from.getConnection(); Connection target = to.getConnection()) {
            Set<String> sourceTables = tables(source);
            try (Statement sql = target.createStatement()) {
                sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            for (String table : tables(target)) {
                if (!sourceTables.contains(table) || table.equalsIgnoreCase(SchemaMigrator.HISTORY_TABLE)
                        || RESHAPED_LATER.contains(table.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                rows += copy(source, target, table, columns(target, table));
            }
            try (Statement sql = target.createStatement()) {
                sql.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        return rows;
    }

    private static int copy(Connection source, Connection target, String table, List<String> columns) throws SQLException {
        String list = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        try (Statement clear = target.createStatement()) {
            clear.executeUpdate("DELETE FROM \"" + table + "\"");
        }
        int rows = 0;
        try (Statement select = source.createStatement();
             ResultSet rs = select.executeQuery("SELECT " + list + " FROM \"" + table + "\"");
             PreparedStatement insert = target.prepareStatement("INSERT INTO \"" + table + "\" (" + list + ") VALUES ("
                     + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    insert.setObject(i, detached(rs.getObject(i)));
                }
                insert.addBatch();
                rows++;
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Large objects belong to their connection: their content is copied instead. */
    private static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }
}
