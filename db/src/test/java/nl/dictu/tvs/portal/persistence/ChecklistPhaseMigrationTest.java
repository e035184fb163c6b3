package nl.dictu.tvs.portal.persistence;

import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
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

/** V23 on a database that already holds checklist versions: an admin's draft and the first published version. */
class ChecklistPhaseMigrationTest {

    @Test
    void shouldGiveExistingItemsTheApplicationPhaseAndTheirVersionAsSourceAndPublish2026Point2() throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.unmigrated()) {
            FluentConfiguration flyway = Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(db.dataSource())
                    .locations(SchemaMigrator.LOCATION).table(SchemaMigrator.HISTORY_TABLE);
            MigrationVersion beforeV23 = Arrays.stream(flyway.load().info().pending()).map(MigrationInfo::getVersion)
                    .filter(version -> version.isNewerThan("0") && !version.isAtLeast("23")).max(MigrationVersion::compareTo)
                    .orElseThrow();
            flyway.target(beforeV23).load().migrate();
            try (Connection connection = db.dataSource().getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO checklist_definition (label, status, created_at, created_by) "
                        + "VALUES ('2026.9', 'DRAFT', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00:00', 'beheerder')");
                sql.executeUpdate("INSERT INTO checklist_item (definition_id, position, code, applies_to, text_nl, text_en) "
                        + "SELECT id, 1, 'X1', 'ALWAYS', 'Eigen eis', 'Own requirement' FROM checklist_definition WHERE label = '2026.9'");
            }

            SchemaMigrator.migrate(db.dataSource());

            ChecklistRepository checklists = new ChecklistRepository(db.em());
            ChecklistDefinition draft = checklists.findByLabel("2026.9").orElseThrow();
            assertThat(draft.isPublished()).isFalse();
            assertThat(draft.items()).singleElement().satisfies(item -> {
                assertThat(item.textEn()).isEqualTo("Own requirement");
                assertThat(item.phase()).isEqualTo(ChecklistPhase.PREPRODUCTION);
                assertThat(item.source().title()).isEqualTo("Checklist TVS Aansluitportaal 2026.9");
                assertThat(item.provisional()).isFalse();
            });
            assertThat(checklists.findByLabel("2026.1").orElseThrow().items()).hasSize(14)
                    .allSatisfy(item -> assertThat(item.phase()).isEqualTo(ChecklistPhase.PREPRODUCTION));
            assertThat(checklists.current().orElseThrow().getLabel()).isEqualTo("2026.2");
            assertThat(checklists.current().orElseThrow().items()).extracting(ChecklistItem::code)
                    .doesNotContain("T1", "T2", "T4");
        }
    }
}
