package nl.dictu.tvs.portal.persistence;

import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
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

/** V41 on a database that already holds issued ServiceUUIDs: each becomes the applicant's own, nothing lost. */
class MemberServiceUuidMigrationTest {

    private static final String OIN = "00000099444444440000";
    private static final String UUID = "0b5f3a3e-9a4c-4f5e-8d2a-3c1b2a4d5e6f";

    @Test
    void shouldRecordExistingServiceUuidsAgainstTheApplicantsOwnOrganisation() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.unmigrated()) {
            FluentConfiguration flyway = Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(db.dataSource())
                    .locations(SchemaMigrator.LOCATION).table(SchemaMigrator.HISTORY_TABLE);
            MigrationVersion beforeV41 = Arrays.stream(flyway.load().info().pending()).map(MigrationInfo::getVersion)
                    .filter(version -> version.isNewerThan("0") && !version.isAtLeast("41")).max(MigrationVersion::compareTo)
                    .orElseThrow();
            flyway.target(beforeV41).load().migrate();
            try (Connection connection = db.dataSource().getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO organisation (oin, name, created_at, kind) VALUES ('" + OIN
                        + "', 'Leverancier Clusterdiensten', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00:00', 'SUPPLIER')");
                sql.executeUpdate("INSERT INTO application (reference, organisation_id, created_at, created_by, "
                        + "current_version_number) SELECT 'TVS-2026-00001', id, "
                        + "TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00:00', 'lea', 1 FROM organisation");
                sql.executeUpdate("INSERT INTO issued_service_uuid (application_id, service_name, environment, service_uuid, "
                        + "issued_at) SELECT id, 'Parkeervergunning', 'PREPRODUCTION', '" + UUID + "', "
                        + "TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00:00' FROM application");
            }

            SchemaMigrator.migrate(db.dataSource());

            ApplicationRepository applications = new ApplicationRepository(db.em());
            long id = applications.findByReference("TVS-2026-00001").orElseThrow().getId();
            assertThat(applications.issuedServiceUuids(id)).singleElement().satisfies(issued -> {
                assertThat(issued.getOrganisationOin()).isEqualTo(OIN);
                assertThat(issued.getServiceUuid()).isEqualTo(UUID);
            });
            assertThat(applications.memberServiceUuids(id)).extracting(IssuedServiceUuid::getServiceUuid).isEmpty();
        }
    }
}
