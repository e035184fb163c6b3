package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionImportParserTest {

    static final String OIN = "00000001002220647000";
    static final String OTHER_OIN = "00000004000000149000";
    static final String SERVICE = "3f0c5c8e-8a4b-4c55-9d57-1b1d6c3e9a10=DIGID_SUBSTANTIEEL";

    private static TestPki pki;
    private static String pem;
    private static String otherPem;

    @BeforeAll
    static void issueCertificates() {
        pki = TestPki.generate();
        pem = PemWriter.toPem(pki.organisationCertificate(OIN, "Gemeente Utrecht").certificate());
        otherPem = PemWriter.toPem(pki.organisationCertificate(OTHER_OIN, "DICTU").certificate());
    }

    private final ConnectionImportParser parser = new ConnectionImportParser(false);

    static String row(String oin, String environment, String certificatePem) {
        return "Gemeente Utrecht;" + oin + ";" + environment + ";urn:nl-eid-gdi:1.0:DV:" + oin + ":entities:0001;"
                + SERVICE + ";\"" + certificatePem + "\";2021-03-15\n";
    }

    static String csv(String... rows) {
        return ConnectionImportParser.HEADER + "\n" + String.join("", rows);
    }

    private ConnectionImportResult read(String text) {
        return parser.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadAGoodCsvWithPemCertificatesSpanningLines() {
        ConnectionImportResult result = read(csv(row(OIN, "productie", pem), row(OIN, "preproductie", pem)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.isAccepted()).isTrue();
        ImportedConnection first = result.connections().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.environment()).isEqualTo(ConnectionEnvironment.PRODUCTION);
        assertThat(first.entityIds()).containsExactly("urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:0001");
        assertThat(first.services()).containsExactly(SERVICE);
        assertThat(first.certificates()).hasSize(1);
        assertThat(first.goLiveDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(result.connections().get(1).row()).isEqualTo(3);
    }

    @Test
    void shouldNameEveryBadRowByNumberAndAcceptNothing() {
        ConnectionImportResult result = read(csv(row(OIN, "productie", pem),
                row("00000001002220648000", "productie", pem),
                row(OIN, "productie", pem),
                row(OIN, "preproductie", "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----"),
                row(OIN, "acceptatie", pem)));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.problems()).extracting(Finding::code).containsExactly(
                FindingCode.CONNECTION_IMPORT_ROW_OIN_INVALID, FindingCode.CONNECTION_IMPORT_ROW_DUPLICATE,
                FindingCode.CONNECTION_IMPORT_ROW_CERTIFICATE_INVALID, FindingCode.CONNECTION_IMPORT_ROW_ENVIRONMENT_INVALID);
        assertThat(result.problems()).extracting(f -> f.evidence().get("row")).containsExactly("3", "4", "5", "6");
        assertThat(result.problems().get(1).arguments()).containsExactly("4", OIN, "productie", "2");
    }

    @Test
    void shouldExplainABadRowInDutchAndEnglish() {
        Finding duplicate = read(csv(row(OIN, "productie", pem), row(OIN, "productie", pem))).problems().get(0);

        assertThat(duplicate.message(Locale.forLanguageTag("nl"))).isEqualTo(
                "Rij 3 bevat OIN " + OIN + " met omgeving productie, dat al op rij 2 staat. Voeg de rijen samen en importeer opnieuw.");
        assertThat(duplicate.message(Locale.ENGLISH)).isEqualTo(
                "Row 3 holds OIN " + OIN + " with environment productie, which row 2 already holds. Merge the rows and import again.");
    }

    @Test
    void shouldRefuseACertificateOfAnotherOin() {
        ConnectionImportResult result = read(csv(row(OIN, "productie", otherPem)));

        assertThat(result.problems()).extracting(Finding::code)
                .containsExactly(FindingCode.CONNECTION_IMPORT_ROW_CERTIFICATE_OTHER_OIN);
    }

    @Test
    void shouldRefuseABadServiceEntityIdAndDate() {
        String good = row(OIN, "productie", pem);
        ConnectionImportResult result = read(csv(good.replace(SERVICE, "3f0c5c8e=DIGID_SUBSTANTIEEL"),
                good.replace("productie", "preproductie").replace(":entities:0001", ":services:1"),
                good.replace("2021-03-15", "15-03-2021").replace("Gemeente Utrecht;" + OIN + ";productie",
                        "Gemeente Utrecht;" + OIN + ";production")));

        assertThat(result.problems()).extracting(Finding::code).containsExactly(
                FindingCode.CONNECTION_IMPORT_ROW_SERVICE_INVALID, FindingCode.CONNECTION_IMPORT_ROW_ENTITY_ID_INVALID,
                FindingCode.CONNECTION_IMPORT_ROW_DATE_INVALID);
    }

    @Test
    void shouldRefuseAWrongHeaderAndAnUnclosedQuote() {
        assertThat(read("oin;naam\n").problems()).extracting(Finding::code)
                .containsExactly(FindingCode.CONNECTION_IMPORT_HEADER_INVALID);
        assertThat(read(csv("Gemeente;\"" + OIN)).problems()).extracting(Finding::code)
                .containsExactly(FindingCode.CONNECTION_IMPORT_FILE_UNREADABLE);
        assertThat(read(ConnectionImportParser.HEADER + "\n").problems()).extracting(Finding::code)
                .containsExactly(FindingCode.CONNECTION_IMPORT_FILE_EMPTY);
    }

    @Test
    void shouldReadTheSameFromXlsxWithExcelRowNumbersAndDateCells() throws IOException {
        byte[] xlsx = xlsx(List.of(
                List.of("Gemeente Utrecht", OIN, "productie", "urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:0001", SERVICE, pem),
                List.of("Gemeente Utrecht", OIN, "productie", "urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:0001", SERVICE, pem)));

        ConnectionImportResult result = parser.read(xlsx);

        assertThat(result.connections()).hasSize(1);
        assertThat(result.connections().get(0).goLiveDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(result.problems()).extracting(f -> f.evidence().get("row")).containsExactly("3");
        assertThat(result.problems()).extracting(Finding::code).containsExactly(FindingCode.CONNECTION_IMPORT_ROW_DUPLICATE);
    }

    @Test
    void shouldRefuseAWorkbookThatIsNoWorkbook() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};

        assertThat(parser.read(broken).problems()).extracting(Finding::code)
                .containsExactly(FindingCode.CONNECTION_IMPORT_FILE_UNREADABLE);
    }

    /** A workbook with the header and these rows, the go-live date as a real date cell. */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("aansluitingen");
            String[] header = ConnectionImportParser.HEADER.split(";");
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                headerRow.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
                var date = row.createCell(rows.get(r).size());
                date.setCellValue(LocalDate.of(2021, 3, 15));
                date.setCellStyle(dateStyle);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
