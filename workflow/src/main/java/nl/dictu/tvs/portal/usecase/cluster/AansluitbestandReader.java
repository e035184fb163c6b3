package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an aansluitbestand (XLSX or CSV): the header {@value #CSV_HEADER} (in a workbook: those four cells),
 * then one member per row: OIN, name, connected on and, for a member that left the cluster, disconnected on
 * (dates as {@code yyyy-MM-dd}). Blank rows are skipped. As the ALB import does, every bad row is reported by
 * its number and one bad row rejects the whole file, so a half-read list never replaces a good one. A row is
 * bad when a field is missing or malformed, the OIN fails the OIN check or appeared on an earlier row, or the
 * member is missing from the cluster metadata.
 */
public final class AansluitbestandReader {

    public static final List<String> HEADER = List.of("oin", "naam", "aangesloten", "afgesloten");
    public static final String CSV_HEADER = String.join(";", HEADER);
    private static final int NAME_MAX = 200;

    private final OinCheck oinCheck;

    /** @param demoMode whether test OINs ({@code 00000099...}) count as valid, as everywhere else */
    public AansluitbestandReader(boolean demoMode) {
        this.oinCheck = new OinCheck(demoMode);
    }

    /** @param metadataOins the OINs of the organisations the connection's cluster metadata lists */
    public AansluitbestandResult read(byte[] content, AansluitbestandFormat format, Collection<String> metadataOins) {
        if (SizeLimit.exceeds(content)) {
            return rejected(RowProblem.of(0, "aansluitbestand.file.tooLarge", content.length, SizeLimit.MAX_UPLOAD_BYTES));
        }
        Optional<List<AansluitbestandCells.TableRow>> table = AansluitbestandCells.read(content, format);
        if (table.isEmpty()) {
            return rejected(RowProblem.of(0, format == AansluitbestandFormat.XLSX
                    ? "aansluitbestand.file.notAWorkbook" : "aansluitbestand.file.encoding"));
        }
        List<AansluitbestandCells.TableRow> rows = table.get().stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            return rejected(RowProblem.of(0, "aansluitbestand.file.empty"));
        }
        AansluitbestandCells.TableRow header = rows.get(0);
        if (!header.cells().stream().map(String::toLowerCase).toList().equals(HEADER)) {
            return rejected(RowProblem.of(header.number(), "aansluitbestand.header.invalid",
                    String.join(";", header.cells()), CSV_HEADER));
        }
        Set<String> listed = Set.copyOf(metadataOins);
        List<AansluitbestandRow> members = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfOin = new HashMap<>();
        for (AansluitbestandCells.TableRow row : rows.subList(1, rows.size())) {
            readRow(row, listed, firstRowOfOin, members).ifPresent(problems::add);
        }
        if (members.isEmpty() && problems.isEmpty()) {
            return rejected(RowProblem.of(0, "aansluitbestand.file.empty"));
        }
        return problems.isEmpty() ? new AansluitbestandResult(members, List.of()) : new AansluitbestandResult(List.of(), problems);
    }

    /** Adds the row's member, or says what is wrong with the row. */
    private Optional<RowProblem> readRow(AansluitbestandCells.TableRow row, Set<String> listed,
                                         Map<String, Integer> firstRowOfOin, List<AansluitbestandRow> members) {
        int number = row.number();
        List<String> cells = row.cells();
        if (cells.size() > HEADER.size()) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.fieldCount", cells.size(), HEADER.size()));
        }
        for (int i = 0; i < HEADER.size() - 1; i++) {
            if (i >= cells.size() || cells.get(i).isEmpty()) {
                return Optional.of(RowProblem.of(number, "aansluitbestand.row.fieldMissing", HEADER.get(i)));
            }
        }
        String oin = cells.get(0);
        String name = cells.get(1);
        Optional<Finding> oinProblem = oinCheck.check(oin).stream().filter(Finding::isError).findFirst();
        if (oinProblem.isPresent()) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.oinInvalid", oin));
        }
        Integer firstRow = firstRowOfOin.putIfAbsent(oin, number);
        if (firstRow != null) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.duplicateOin", oin, firstRow));
        }
        if (!listed.contains(oin)) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.notInMetadata", oin, name));
        }
        if (name.length() > NAME_MAX) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.nameTooLong", name.length(), NAME_MAX));
        }
        Optional<LocalDate> connected = date(cells.get(2));
        if (connected.isEmpty()) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.dateInvalid", HEADER.get(2), cells.get(2)));
        }
        String disconnectedText = cells.size() > 3 ? cells.get(3) : "";
        Optional<LocalDate> disconnected = disconnectedText.isEmpty() ? Optional.empty() : date(disconnectedText);
        if (!disconnectedText.isEmpty() && disconnected.isEmpty()) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.dateInvalid", HEADER.get(3), disconnectedText));
        }
        if (disconnected.isPresent() && disconnected.get().isBefore(connected.get())) {
            return Optional.of(RowProblem.of(number, "aansluitbestand.row.disconnectedBeforeConnected",
                    disconnected.get(), connected.get()));
        }
        members.add(new AansluitbestandRow(oin, name, connected.get(), disconnected));
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static AansluitbestandResult rejected(RowProblem problem) {
        return new AansluitbestandResult(List.of(), List.of(problem));
    }
}
