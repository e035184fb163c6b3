package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.shared.i18n.Bundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AansluitbestandTest {

    private static final String VOORBEELDSTAD = "00000099123456789000";
    private static final String BUURDORP = "00000099987654321000";
    private static final String POLDER = "00000099555555550000";
    private static final Set<String> METADATA = Set.of(VOORBEELDSTAD, BUURDORP, POLDER);

    private final AansluitbestandReader reader = new AansluitbestandReader(true);

    private static final List<AansluitbestandRow> MEMBERS = List.of(
            new AansluitbestandRow(VOORBEELDSTAD, "Gemeente Voorbeeldstad", LocalDate.of(2026, 1, 5), Optional.empty()),
            new AansluitbestandRow(BUURDORP, "Gemeente \"Buurdorp\"; noord", LocalDate.of(2025, 3, 1),
                    Optional.of(LocalDate.of(2026, 6, 30))));

    @ParameterizedTest
    @EnumSource(AansluitbestandFormat.class)
    void shouldReadBackWhatItWroteWithConnectedAndDisconnectedMembers(AansluitbestandFormat format) {
        byte[] file = AansluitbestandWriter.write(MEMBERS, format);

        AansluitbestandResult result = reader.read(file, format, METADATA);

        assertThat(result.problems()).isEmpty();
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.rows()).isEqualTo(MEMBERS);
        assertThat(result.rows().get(1).isConnected()).isFalse();
    }

    @Test
    void shouldWriteTheCsvHeaderAndOneLinePerMember() {
        String text = new String(AansluitbestandWriter.write(MEMBERS, AansluitbestandFormat.CSV), StandardCharsets.UTF_8);

        assertThat(text.lines().toList()).containsExactly(
                "\uFEFFoin;naam;aangesloten;afgesloten",
                VOORBEELDSTAD + ";Gemeente Voorbeeldstad;2026-01-05;",
                BUURDORP + ";\"Gemeente \"\"Buurdorp\"\"; noord\";2025-03-01;2026-06-30");
    }

    @Test
    void shouldReportEveryBadRowByNumberAndReadNothing() {
        String csv = """
                oin;naam;aangesloten;afgesloten
                00000099123456789000;Gemeente Voorbeeldstad;2026-01-05;
                00000099123456789000;Gemeente Voorbeeldstad opnieuw;2026-01-05;
                12345;Geen OIN;2026-01-05;
                00000099111111110000;Niet in de metadata;2026-01-05;
                00000099555555550000;Fysiotherapie De Polder;2026-02-30;
                """;

        AansluitbestandResult result = reader.read(csv.getBytes(StandardCharsets.UTF_8), AansluitbestandFormat.CSV, METADATA);

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "aansluitbestand.row.duplicateOin"),
                org.assertj.core.groups.Tuple.tuple(4, "aansluitbestand.row.oinInvalid"),
                org.assertj.core.groups.Tuple.tuple(5, "aansluitbestand.row.notInMetadata"),
                org.assertj.core.groups.Tuple.tuple(6, "aansluitbestand.row.dateInvalid"));
        assertThat(text(Locale.forLanguageTag("nl"), result.problems().get(0)))
                .isEqualTo("Regel 3: het OIN 00000099123456789000 staat al op regel 2. Zet elke organisatie één keer in het bestand.");
        assertThat(text(Locale.ENGLISH, result.problems().get(2)))
                .startsWith("Row 5: Niet in de metadata (OIN 00000099111111110000) is not in this connection's cluster metadata.");
    }

    @Test
    void shouldReportTheRowNumbersOfAWorkbookAsExcelShowsThem() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("oin", "naam", "aangesloten", "afgesloten"),
                List.of(VOORBEELDSTAD, "Gemeente Voorbeeldstad", "2026-01-05"),
                List.of(),
                List.of(BUURDORP, "", "2026-01-05")));

        AansluitbestandResult result = reader.read(workbook, AansluitbestandFormat.XLSX, METADATA);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.messageKey()).isEqualTo("aansluitbestand.row.fieldMissing");
            assertThat(problem.arguments()).containsExactly("4", "naam");
        });
    }

    @Test
    void shouldRefuseAWrongHeader() {
        AansluitbestandResult result = reader.read("oin;name;connected\n".getBytes(StandardCharsets.UTF_8),
                AansluitbestandFormat.CSV, METADATA);

        assertThat(result.problems()).extracting(RowProblem::messageKey).containsExactly("aansluitbestand.header.invalid");
    }

    @Test
    void shouldRefuseBytesThatAreNoWorkbook() {
        AansluitbestandResult result = reader.read("oin;naam".getBytes(StandardCharsets.UTF_8), AansluitbestandFormat.XLSX, METADATA);

        assertThat(result.problems()).extracting(RowProblem::messageKey).containsExactly("aansluitbestand.file.notAWorkbook");
    }

    @Test
    void shouldRefuseADisconnectionBeforeTheConnection() {
        String csv = "oin;naam;aangesloten;afgesloten\n" + VOORBEELDSTAD + ";Gemeente Voorbeeldstad;2026-01-05;2025-12-31\n";

        AansluitbestandResult result = reader.read(csv.getBytes(StandardCharsets.UTF_8), AansluitbestandFormat.CSV, METADATA);

        assertThat(result.problems()).extracting(RowProblem::messageKey)
                .containsExactly("aansluitbestand.row.disconnectedBeforeConnected");
    }

    @Test
    void shouldRefuseTestOinsOutsideDemoMode() {
        String csv = "oin;naam;aangesloten;afgesloten\n" + VOORBEELDSTAD + ";Gemeente Voorbeeldstad;2026-01-05;\n";

        AansluitbestandResult result = new AansluitbestandReader(false)
                .read(csv.getBytes(StandardCharsets.UTF_8), AansluitbestandFormat.CSV, METADATA);

        assertThat(result.problems()).extracting(RowProblem::messageKey).containsExactly("aansluitbestand.row.oinInvalid");
    }

    @Test
    void shouldChooseTheFormatByTheFileName() {
        assertThat(AansluitbestandFormat.ofFileName("leden.XLSX")).isEqualTo(AansluitbestandFormat.XLSX);
        assertThat(AansluitbestandFormat.ofFileName("leden.csv")).isEqualTo(AansluitbestandFormat.CSV);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Blad1");
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String text(Locale locale, RowProblem problem) {
        return Bundle.text(locale, problem.messageKey(), problem.arguments().toArray());
    }
}
