package nl.dictu.tvs.portal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A fresh in-memory H2 database with every migration applied, and the portal's persistence unit on it. */
public final class MigratedDatabase implements AutoCloseable {

    private final JdbcDataSource dataSource;
    private final EntityManagerFactory factory;
    private final EntityManager em;

    private MigratedDatabase(boolean migrate) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (migrate) {
            SchemaMigrator.migrate(dataSource);
        }
        factory = Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.database-product-name", "H2"));
        em = factory.createEntityManager();
    }

    public static MigratedDatabase migrated() {
        return new MigratedDatabase(true);
    }

    public static MigratedDatabase unmigrated() {
        return new MigratedDatabase(false);
    }

    public JdbcDataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    public EntityManager em() {
        return em;
    }

    /** Runs the work in one committed transaction, then forgets the loaded entities. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            em.clear();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
            throw e;
        }
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
