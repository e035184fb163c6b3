package nl.dictu.tvs.portal.domain.alb;

import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlbListRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static AlbListRepository.NewEntry entry(String oin, String name) {
        return new AlbListRepository.NewEntry(oin, name, "RvIG-2021-0042", LocalDate.of(2021, 3, 15));
    }

    @Test
    void shouldReplaceTheWholeListAndKeepTheRecordOfEveryImport() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            // given
            AlbListRepository alb = new AlbListRepository(db.em());
            db.inTransaction(em -> alb.replaceAll(new AlbListImport(NOW, "beheerder", "alb-1.csv", SHA_A, 3, 2),
                    List.of(entry("00000001002220647000", "Gemeente Utrecht"), entry("00000001001589623000", "Gemeente Arnhem"))));

            // when
            db.inTransaction(em -> alb.replaceAll(new AlbListImport(NOW.plusSeconds(60), "beheerder2", "alb-2.csv", SHA_B, 2, 1),
                    List.of(entry("00000001001589623000", "Gemeente Arnhem (nieuw)"))));

            // then
            assertThat(alb.countEntries()).isEqualTo(1);
            assertThat(alb.findByOin("00000001002220647000")).isEmpty();
            AlbListEntry arnhem = alb.findByOin("00000001001589623000").orElseThrow();
            assertThat(arnhem.getRegisteredName()).isEqualTo("Gemeente Arnhem (nieuw)");
            assertThat(arnhem.getDecisionDate()).isEqualTo(LocalDate.of(2021, 3, 15));
            assertThat(alb.latestImports(10)).extracting(AlbListImport::getFileName).containsExactly("alb-2.csv", "alb-1.csv");
            AlbListImport latest = alb.latestImports(1).get(0);
            assertThat(latest.getImportedBy()).isEqualTo("beheerder2");
            assertThat(latest.getSha256()).isEqualTo(SHA_B);
            assertThat(latest.getLineCount()).isEqualTo(2);
            assertThat(latest.getEntryCount()).isEqualTo(1);
            assertThat(alb.hasAnyImport()).isTrue();
        }
    }

    @Test
    void shouldSearchByOinNameOrDecisionReferenceInAnyCaseAndTreatWildcardsLiterally() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            // given
            AlbListRepository alb = new AlbListRepository(db.em());
            assertThat(alb.hasAnyImport()).isFalse();
            db.inTransaction(em -> alb.replaceAll(new AlbListImport(NOW, "beheerder", "alb.csv", SHA_A, 3, 2),
                    List.of(entry("00000001002220647000", "Gemeente Utrecht"), entry("00000001001589623000", "Gemeente Arnhem"))));

            // when / then
            assertThat(alb.search("utrECHT", 10)).extracting(AlbListEntry::getOin).containsExactly("00000001002220647000");
            assertThat(alb.search("158962", 10)).extracting(AlbListEntry::getRegisteredName).containsExactly("Gemeente Arnhem");
            assertThat(alb.search("rvig-2021", 10)).hasSize(2);
            assertThat(alb.search("", 10)).extracting(AlbListEntry::getRegisteredName)
                    .containsExactly("Gemeente Arnhem", "Gemeente Utrecht");
            assertThat(alb.search("%", 10)).isEmpty();
            assertThat(alb.search(" ", 1)).hasSize(1);
        }
    }

    @Test
    void shouldRefuseAnImportRecordThatCannotBeTrue() {
        assertThatThrownBy(() -> new AlbListImport(NOW, "beheerder", "alb.csv", "not-a-hash", 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha256");
        assertThatThrownBy(() -> new AlbListImport(NOW, "beheerder", "alb.csv", SHA_A, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entries");
        assertThat(new AlbListImport(NOW, "beheerder", "x".repeat(300), SHA_A, 1, 0).getFileName())
                .hasSize(AlbListImport.FILE_NAME_MAX);
    }
}
