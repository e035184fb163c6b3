package nl.dictu.tvs.portal.persistence;

import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigratorTest {

    @Test
    void shouldApplyEveryMigrationOnceAndThenNothing() {
        try (MigratedDatabase db = MigratedDatabase.unmigrated()) {
            MigrateResult first = SchemaMigrator.migrate(db.dataSource());
            MigrateResult second = SchemaMigrator.migrate(db.dataSource());

            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(3);
            assertThat(second.migrationsExecuted).isZero();
        }
    }

    @Test
    void shouldProduceASchemaThatHibernateValidatesAndCanStoreAccounts() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            SchemaMigrator.validateMapping(db.factory());
            db.inTransaction(em -> {
                Organisation org = new Organisation("00000001002220647000", "Gemeente Utrecht", Instant.now());
                em.persist(org);
                em.persist(UserAccount.applicant("Jan@Example.NL", "Jan", "jan@example.nl",
                        PasswordHash.hash("x".toCharArray()), org, Instant.now()));
                em.persist(UserAccount.staff("rev", "Rev", "rev@example.nl",
                        PasswordHash.hash("x".toCharArray()), EnumSet.of(Role.REVIEWER), Instant.now()));
                return org;
            });

            UserAccount loaded = db.em().createQuery("select u from UserAccount u where u.username = 'jan@example.nl'",
                    UserAccount.class).getSingleResult();
            assertThat(loaded.getRoles()).containsExactly(Role.APPLICANT);
            assertThat(loaded.getOrganisation()).map(Organisation::getOin).contains("00000001002220647000");
        }
    }

    @Test
    void shouldRefuseToValidateAnUnmigratedDatabase() {
        try (MigratedDatabase db = MigratedDatabase.unmigrated()) {
            assertThatThrownBy(() -> SchemaMigrator.validateMapping(db.factory()))
                    .hasMessageContaining("missing table");
        }
    }
}
