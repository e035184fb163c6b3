package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.CertificateReadResult;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.input.StrictUtf8;
import nl.dictu.tvs.portal.trust.metadata.EntityId;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads DICTU's administration of live connections, as CSV (UTF-8, {@code ;}-separated, quoted fields may span
 * lines) or as XLSX (the first sheet). Row 1 is the header {@value #HEADER}; then one connection per row:
 * organisation name; OIN; environment ({@code preproductie} or {@code productie}); the entityIDs and the
 * ServiceUUIDs with their minimum level ({@code uuid=LEVEL}), each separated by spaces, commas or line breaks;
 * the certificates as PEM; the go-live date as {@code yyyy-MM-dd}. Every bad row is reported by its number; one
 * bad row rejects the whole file, as the ALB import does. Test OINs are accepted only in demo mode.
 */
public final class ConnectionImportParser {

    public static final String HEADER = "organisatie;oin;omgeving;entityids;serviceuuids;certificaten;livegang";
    private static final List<String> FIELD_NAMES = List.of(HEADER.split(";"));
    private static final int[] FIELD_MAX = {Organisation.NAME_MAX, Organisation.OIN_LENGTH, 20, LiveConnection.LIST_MAX,
            LiveConnection.LIST_MAX, SizeLimit.MAX_UPLOAD_BYTES, 10};
    private static final String SEPARATORS = "[\\s,]+";

    private final OinCheck oinCheck;
    private final CertificateReader certificates = new CertificateReader();

    public ConnectionImportParser(boolean demoMode) {
        this.oinCheck = new OinCheck(demoMode);
    }

    public ConnectionImportResult read(byte[] content) {
        if (SizeLimit.exceeds(content)) {
            return rejected(Finding.of(FindingCode.CONNECTION_IMPORT_FILE_TOO_LARGE, content.length, SizeLimit.MAX_UPLOAD_BYTES));
        }
        Optional<List<ImportRow>> rows = XlsxRows.looksLikeXlsx(content) ? XlsxRows.read(content)
                : StrictUtf8.decode(content).flatMap(text -> CsvRows.read(text.startsWith("\uFEFF") ? text.substring(1) : text));
        if (rows.isEmpty()) {
            return rejected(Finding.of(FindingCode.CONNECTION_IMPORT_FILE_UNREADABLE));
        }
        return read(rows.get());
    }

    ConnectionImportResult read(List<ImportRow> rows) {
        List<ImportRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            return rejected(Finding.of(FindingCode.CONNECTION_IMPORT_FILE_EMPTY));
        }
        String header = String.join(";", filled.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList()).replaceAll(";+$", "");
        if (!HEADER.equals(header)) {
            return rejected(Finding.of(FindingCode.CONNECTION_IMPORT_HEADER_INVALID, header, HEADER));
        }
        List<ImportedConnection> connections = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (ImportRow row : filled.subList(1, filled.size())) {
            RowOutcome outcome = read(row, firstRowOf);
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            } else {
                connections.add(outcome.connection());
            }
        }
        if (connections.isEmpty() && problems.isEmpty()) {
            return rejected(Finding.of(FindingCode.CONNECTION_IMPORT_FILE_EMPTY));
        }
        return new ConnectionImportResult(connections, problems);
    }

    private RowOutcome read(ImportRow row, Map<String, Integer> firstRowOf) {
        int number = row.number();
        List<String> fields = new ArrayList<>(row.fields().stream().map(String::strip).toList());
        while (fields.size() > FIELD_NAMES.size() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != FIELD_NAMES.size()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_FIELD_COUNT, number, fields.size(), FIELD_NAMES.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isEmpty()) {
                return bad(number, FindingCode.CONNECTION_IMPORT_ROW_FIELD_MISSING, number, FIELD_NAMES.get(i));
            }
            if (fields.get(i).length() > FIELD_MAX[i]) {
                return bad(number, FindingCode.CONNECTION_IMPORT_ROW_FIELD_TOO_LONG, number, FIELD_NAMES.get(i),
                        fields.get(i).length(), FIELD_MAX[i]);
            }
        }
        String oin = fields.get(1);
        Optional<Finding> oinProblem = oinCheck.check(oin).stream().filter(Finding::isError).findFirst();
        if (oinProblem.isPresent()) {
            return new RowOutcome(null, atRow(Finding.of(FindingCode.CONNECTION_IMPORT_ROW_OIN_INVALID, number, oin), number)
                    .withEvidence("reason", oinProblem.get().code().name()));
        }
        Optional<ConnectionEnvironment> environment = environment(fields.get(2));
        if (environment.isEmpty()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_ENVIRONMENT_INVALID, number, fields.get(2));
        }
        List<String> entityIds = Arrays.asList(fields.get(3).split(SEPARATORS));
        Optional<String> badEntityId = entityIds.stream().filter(id -> EntityId.parse(id).isEmpty()).findFirst();
        if (badEntityId.isPresent()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_ENTITY_ID_INVALID, number, badEntityId.get());
        }
        List<String> services = Arrays.asList(fields.get(4).split(SEPARATORS));
        Optional<String> badService = services.stream().filter(s -> !isService(s)).findFirst();
        if (badService.isPresent()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_SERVICE_INVALID, number, badService.get());
        }
        CertificateReadResult read = certificates.read(fields.get(5).getBytes(StandardCharsets.US_ASCII));
        List<X509Certificate> endEntities = read.certificates().stream().filter(c -> c.getBasicConstraints() < 0).toList();
        if (read.problem().isPresent() || endEntities.isEmpty()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_CERTIFICATE_INVALID, number);
        }
        Optional<X509Certificate> otherOin = endEntities.stream()
                .filter(c -> CertificateFacts.oin(c).map(certificateOin -> !certificateOin.equals(oin)).orElse(false))
                .findFirst();
        if (otherOin.isPresent()) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_CERTIFICATE_OTHER_OIN, number,
                    CertificateFacts.subject(otherOin.get()), oin);
        }
        LocalDate goLive;
        try {
            goLive = LocalDate.parse(fields.get(6));
        } catch (DateTimeParseException e) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_DATE_INVALID, number, fields.get(6));
        }
        Integer firstRow = firstRowOf.putIfAbsent(oin + "/" + environment.get(), number);
        if (firstRow != null) {
            return bad(number, FindingCode.CONNECTION_IMPORT_ROW_DUPLICATE, number, oin, fields.get(2), firstRow);
        }
        return new RowOutcome(new ImportedConnection(number, fields.get(0), oin, environment.get(), entityIds, services,
                endEntities, goLive), null);
    }

    static Optional<ConnectionEnvironment> environment(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "preproductie", "preproduction" -> Optional.of(ConnectionEnvironment.PREPRODUCTION);
            case "productie", "production" -> Optional.of(ConnectionEnvironment.PRODUCTION);
            default -> Optional.empty();
        };
    }

    private static boolean isService(String text) {
        String[] parts = text.split("=", 2);
        if (parts.length != 2) {
            return false;
        }
        try {
            UUID.fromString(parts[0]);
            AssuranceLevel.valueOf(parts[1].toUpperCase(Locale.ROOT));
            return parts[0].length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static RowOutcome bad(int row, FindingCode code, Object... arguments) {
        return new RowOutcome(null, atRow(Finding.of(code, arguments), row));
    }

    private static Finding atRow(Finding finding, int row) {
        return finding.withEvidence("row", row);
    }

    private static ConnectionImportResult rejected(Finding problem) {
        return new ConnectionImportResult(List.of(), List.of(problem));
    }

    /** A good row or the problem of a bad one. */
    private record RowOutcome(ImportedConnection connection, Finding problem) {
    }
}
