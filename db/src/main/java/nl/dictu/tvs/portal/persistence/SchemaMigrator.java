package nl.dictu.tvs.portal.persistence;

import org.flywaydb.core.Flyway;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import javax.sql.DataSource;

/**
 * Brings the application schema up to date with the migrations in {@code db/migration}.
 * The same migrations run on H2 and PostgreSQL; the process engine keeps its own tables.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";
    /** Flyway's own bookkeeping table; named so it cannot be mistaken for an engine table. */
    public static final String HISTORY_TABLE = "schema_history";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    /**
     * Fails with a {@code SchemaManagementException} naming the table or column when Hibernate's
     * mapping does not match the migrated schema. Hibernate itself never changes the schema.
     */
    public static void validateMapping(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
