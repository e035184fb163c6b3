package nl.dictu.tvs.portal.trust.alb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

class AlbCsvImportTest {

    private static final String HEADER = "oin;naam;besluitkenmerk;besluitdatum\n";
    private static final String UTRECHT = "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;2021-03-15\n";
    private static final String DICTU = "00000004000000149000;Dienst ICT Uitvoering;RvIG-2019-0007;2019-11-01\n";

    private final AlbCsvImport albImport = new AlbCsvImport();

    @Test
    void shouldImportAValidFile() {
        // when
        AlbImportResult result = albImport.read(utf8(HEADER + UTRECHT + DICTU));

        // then
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.entries()).containsExactly(
                new AlbEntry("00000001002220647000", "Gemeente Utrecht", "RvIG-2021-0042", LocalDate.of(2021, 3, 15)),
                new AlbEntry("00000004000000149000", "Dienst ICT Uitvoering", "RvIG-2019-0007", LocalDate.of(2019, 11, 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042|ALB_LINE_FIELD_COUNT",
            "00000001002220647000;;RvIG-2021-0042;2021-03-15|ALB_LINE_FIELD_MISSING",
            "00000001002220648000;Gemeente Utrecht;RvIG-2021-0042;2021-03-15|ALB_LINE_OIN_INVALID",
            "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;15-03-2021|ALB_LINE_DATE_INVALID",
            "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;2021-02-30|ALB_LINE_DATE_INVALID",
            "00000099123456789000;Gemeente Voorbeeldstad;RvIG-DEMO-0001;2026-01-01|ALB_LINE_OIN_INVALID",
            "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042-toolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolong;2021-03-15|ALB_LINE_FIELD_TOO_LONG"
    })
    void shouldRejectTheWholeFileAndNameTheBadLine(String badLine, FindingCode expected) {
        // when
        AlbImportResult result = albImport.read(utf8(HEADER + DICTU + badLine + "\n"));

        // then
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).extracting(Finding::code).containsExactly(expected);
        assertThat(result.problems().get(0).evidence()).containsEntry("line", "3");
    }

    @Test
    void shouldAcceptTestOinsInDemoModeOnlyAndCountLinesAsAPersonDoes() {
        // given
        String demo = HEADER + "00000099123456789000;Gemeente Voorbeeldstad;RvIG-DEMO-0001;2026-01-01\n";

        // when
        AlbImportResult inDemoMode = new AlbCsvImport(true).read(utf8(demo));

        // then
        assertThat(inDemoMode.isAccepted()).isTrue();
        assertThat(inDemoMode.entries()).extracting(AlbEntry::oin).containsExactly("00000099123456789000");
        assertThat(AlbCsvImport.lineCount(demo)).isEqualTo(2);
        assertThat(AlbCsvImport.lineCount(HEADER + UTRECHT.strip())).isEqualTo(2);
        assertThat(AlbCsvImport.lineCount("")).isZero();
    }

    @Test
    void shouldReportEveryBadLineIncludingDuplicateOins() {
        // when
        AlbImportResult result = albImport.read(utf8(HEADER + UTRECHT + "x;y\n" + DICTU + UTRECHT));

        // then
        assertThat(result.problems()).extracting(Finding::code)
                .containsExactly(FindingCode.ALB_LINE_FIELD_COUNT, FindingCode.ALB_LINE_DUPLICATE_OIN);
        assertThat(result.problems().get(1).arguments()).containsExactly("5", "00000001002220647000", "2");
        assertThat(result.entries()).isEmpty();
    }

    @Test
    void shouldRejectAnEmptyFileAndAFileWithOnlyAHeader() {
        // then
        assertThat(albImport.read(new byte[0]).problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_FILE_EMPTY);
        assertThat(albImport.read(utf8(HEADER)).problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_FILE_EMPTY);
    }

    @Test
    void shouldRejectAWrongHeader() {
        // then
        assertThat(albImport.read(utf8("oin,naam,kenmerk,datum\n" + UTRECHT)).problems()).extracting(Finding::code)
                .containsExactly(FindingCode.ALB_HEADER_INVALID);
    }

    @Test
    void shouldRejectWrongEncodings() {
        // given
        byte[] utf16 = (HEADER + UTRECHT).getBytes(StandardCharsets.UTF_16);
        byte[] latin1 = (HEADER + "00000001002220647000;Gemeente Utr\u00e9cht;RvIG-2021-0042;2021-03-15\n").getBytes(StandardCharsets.ISO_8859_1);

        // then
        assertThat(albImport.read(utf16).problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_FILE_ENCODING_INVALID);
        assertThat(albImport.read(latin1).problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_FILE_ENCODING_INVALID);
    }

    @Test
    void shouldFindTheApplicantAndShowTheRegisteredNameOrExplainTheRvigRoute() {
        // given
        AlbCheck check = new AlbCheck(new InMemoryAlbRegister(albImport.read(utf8(HEADER + UTRECHT)).entries()));

        // when
        Finding found = check.check("00000001002220647000");
        Finding missing = check.check("00000004000000149000");

        // then
        assertThat(found.code()).isEqualTo(FindingCode.ALB_REGISTERED);
        assertThat(found.evidence()).containsEntry("registeredName", "Gemeente Utrecht");
        assertThat(missing.code()).isEqualTo(FindingCode.ALB_NOT_REGISTERED);
        assertThat(missing.message(java.util.Locale.forLanguageTag("nl"))).contains("RvIG");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
