package nl.dictu.tvs.portal.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigratorTest {

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static EntityManagerFactory validatingFactory(JdbcDataSource ds) {
        return Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", ds,
                "jakarta.persistence.nonJtaDataSource", ds,
                "jakarta.persistence.database-product-name", "H2"));
    }

    @Test
    void shouldApplyEveryMigrationOnceAndThenNothing() {
        JdbcDataSource ds = freshDatabase();

        MigrateResult first = SchemaMigrator.migrate(ds);
        MigrateResult second = SchemaMigrator.migrate(ds);

        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(second.migrationsExecuted).isZero();
    }

    @Test
    void shouldProduceASchemaThatHibernateValidatesAndCanStoreAccounts() {
        JdbcDataSource ds = freshDatabase();
        SchemaMigrator.migrate(ds);

        EntityManagerFactory emf = validatingFactory(ds);
        try {
            SchemaMigrator.validateMapping(emf);
            var em = emf.createEntityManager();
            em.getTransaction().begin();
            Organisation org = new Organisation("00000001002220647000", "Gemeente Utrecht", Instant.now());
            em.persist(org);
            em.persist(UserAccount.applicant("Jan@Example.NL", "Jan", "jan@example.nl",
                    PasswordHash.hash("x".toCharArray()), org, Instant.now()));
            em.persist(UserAccount.staff("rev", "Rev", "rev@example.nl",
                    PasswordHash.hash("x".toCharArray()), EnumSet.of(Role.REVIEWER), Instant.now()));
            em.getTransaction().commit();
            em.clear();

            UserAccount loaded = em.createQuery("select u from UserAccount u where u.username = 'jan@example.nl'",
                    UserAccount.class).getSingleResult();
            assertThat(loaded.getRoles()).containsExactly(Role.APPLICANT);
            assertThat(loaded.getOrganisation()).map(Organisation::getOin).contains("00000001002220647000");
        } finally {
            emf.close();
        }
    }

    @Test
    void shouldRefuseToValidateAnUnmigratedDatabase() {
        JdbcDataSource ds = freshDatabase();

        EntityManagerFactory emf = validatingFactory(ds);
        try {
            assertThatThrownBy(() -> SchemaMigrator.validateMapping(emf))
                    .hasMessageContaining("missing table");
        } finally {
            emf.close();
        }
    }
}
