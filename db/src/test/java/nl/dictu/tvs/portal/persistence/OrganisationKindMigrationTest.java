package nl.dictu.tvs.portal.persistence;

import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V26 on a database that already holds an organisation: it becomes a government organisation, nothing lost. */
class OrganisationKindMigrationTest {

    private static final String OIN = "00000001002220647000";

    @Test
    void shouldMakeExistingOrganisationsGovernmentOrganisationsAndSeedTheProofKinds() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.unmigrated()) {
            FluentConfiguration flyway = Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(db.dataSource())
                    .locations(SchemaMigrator.LOCATION).table(SchemaMigrator.HISTORY_TABLE);
            MigrationVersion beforeV26 = Arrays.stream(flyway.load().info().pending()).map(MigrationInfo::getVersion)
                    .filter(version -> version.isNewerThan("0") && !version.isAtLeast("26")).max(MigrationVersion::compareTo)
                    .orElseThrow();
            flyway.target(beforeV26).load().migrate();
            try (Connection connection = db.dataSource().getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO organisation (oin, name, created_at) "
                        + "VALUES ('" + OIN + "', 'Gemeente Utrecht', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00:00')");
            }

            SchemaMigrator.migrate(db.dataSource());

            Organisation utrecht = new OrganisationRepository(db.em()).findByOin(OIN).orElseThrow();
            assertThat(utrecht.getName()).isEqualTo("Gemeente Utrecht");
            assertThat(utrecht.getKind()).isEqualTo(OrganisationKind.GOVERNMENT);
            assertThat(utrecht.getRegisterNumber()).isNull();
            assertThat(new BsnProofKindRepository(db.em()).active()).extracting(BsnProofKind::getNameNl)
                    .contains("RvIG-besluit")
                    .anySatisfy(name -> assertThat(name).startsWith("Wet aanvullende bepalingen verwerking persoonsgegevens"));
        }
    }

    @Test
    void shouldKeepACareProvidersRegisterNumberAndRefuseOneWithout() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            db.inTransaction(em -> {
                Organisation hospital = new Organisation("00000009123456780000", "Ziekenhuis Oost", java.time.Instant.now());
                hospital.classifyAsCareProvider(CareRegister.URA, "12345678");
                return new OrganisationRepository(em).save(hospital);
            });
            Organisation hospital = new OrganisationRepository(db.em()).findByOin("00000009123456780000").orElseThrow();
            assertThat(hospital.getKind()).isEqualTo(OrganisationKind.CARE_PROVIDER);
            assertThat(hospital.getRegisterKind()).isEqualTo(CareRegister.URA);
            assertThat(hospital.getRegisterNumber()).isEqualTo("12345678");

            assertThatThrownBy(() -> {
                try (Connection connection = db.dataSource().getConnection(); Statement sql = connection.createStatement()) {
                    sql.executeUpdate("UPDATE organisation SET kind = 'CARE_PROVIDER', register_kind = NULL, register_number = NULL");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("CK_ORGANISATION_KIND");
        }
    }
}
