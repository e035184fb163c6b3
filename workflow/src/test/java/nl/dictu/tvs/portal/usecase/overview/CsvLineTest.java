package nl.dictu.tvs.portal.usecase.overview;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLineTest {

    @Test
    void shouldSeparateWithSemicolonsAndEndWithCrLf() {
        assertThat(CsvLine.of(List.of("TVS-2026-00001", "Gemeente Utrecht", "00000001002220647000")))
                .isEqualTo("TVS-2026-00001;Gemeente Utrecht;00000001002220647000\r\n");
    }

    @Test
    void shouldQuoteSeparatorsQuotesCommasAndLineBreaksAndDoubleTheQuotes() {
        assertThat(CsvLine.field("Dienst ICT; Uitvoering")).isEqualTo("\"Dienst ICT; Uitvoering\"");
        assertThat(CsvLine.field("'t \"Gooi\"")).isEqualTo("\"'t \"\"Gooi\"\"\"");
        assertThat(CsvLine.field("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(CsvLine.field("Noord, Zuid")).isEqualTo("\"Noord, Zuid\"");
    }

    @Test
    void shouldKeepFormulasFromRunningInASpreadsheet() {
        assertThat(CsvLine.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvLine.field("+31 30 123")).isEqualTo("'+31 30 123");
        assertThat(CsvLine.field("-1")).isEqualTo("'-1");
        assertThat(CsvLine.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void shouldWriteNullAndEmptyAsEmptyFieldsAndKeepNonAsciiText() {
        assertThat(CsvLine.of(Arrays.asList("Súdwest-Fryslân", null, "", "Eénmalig"))).isEqualTo("Súdwest-Fryslân;;;Eénmalig\r\n");
    }
}
