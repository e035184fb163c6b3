package nl.dictu.tvs.portal.trust.alb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.dictu.tvs.portal.domain.alb.AlbListEntry;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.input.StrictUtf8;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/**
 * Reads the ALB list: UTF-8, first line exactly {@value #HEADER}, then one organisation per line with four
 * {@code ;}-separated fields (OIN, registered name, decision reference, decision date as {@code yyyy-MM-dd}),
 * no quoting. Blank lines are skipped. Every bad line is reported by its number; one bad line rejects the
 * whole file, so a half-imported list never replaces a good one. Test OINs ({@code 00000099...}) are
 * accepted only in demo mode, like everywhere else.
 */
public final class AlbCsvImport {

    public static final String HEADER = "oin;naam;besluitkenmerk;besluitdatum";
    private static final String[] FIELD_NAMES = HEADER.split(";");
    // The OIN and the date have their own, more precise checks; the free texts must fit the stored columns.
    private static final int[] FIELD_MAX = {Integer.MAX_VALUE, AlbListEntry.NAME_MAX,
            AlbListEntry.DECISION_REFERENCE_MAX, Integer.MAX_VALUE};

    private final OinCheck oinCheck;

    /** Outside demo mode: test OINs are bad lines. */
    public AlbCsvImport() {
        this(false);
    }

    public AlbCsvImport(boolean demoMode) {
        this.oinCheck = new OinCheck(demoMode);
    }

    /** The number of lines of an import's text as a person counts them (a final line break ends the last line). */
    public static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = text.split("\r?\n", -1).length;
        return text.endsWith("\n") ? lines - 1 : lines;
    }

    public AlbImportResult read(byte[] content) {
        if (SizeLimit.exceeds(content)) {
            return rejected(Finding.of(FindingCode.ALB_FILE_TOO_LARGE, content.length, SizeLimit.MAX_UPLOAD_BYTES));
        }
        Optional<String> text = StrictUtf8.decode(content);
        if (text.isEmpty()) {
            return rejected(Finding.of(FindingCode.ALB_FILE_ENCODING_INVALID));
        }
        String[] lines = text.get().split("\r?\n", -1);
        if (text.get().isBlank()) {
            return rejected(Finding.of(FindingCode.ALB_FILE_EMPTY));
        }
        if (!HEADER.equals(lines[0].strip())) {
            return rejected(Finding.of(FindingCode.ALB_HEADER_INVALID, lines[0].strip(), HEADER));
        }
        List<AlbEntry> entries = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfOin = new HashMap<>();
        for (int index = 1; index < lines.length; index++) {
            int lineNumber = index + 1;
            if (lines[index].isBlank()) {
                continue;
            }
            Optional<Finding> problem = readLine(lines[index], lineNumber, firstLineOfOin, entries);
            problem.ifPresent(problems::add);
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            return rejected(Finding.of(FindingCode.ALB_FILE_EMPTY));
        }
        return new AlbImportResult(entries, problems);
    }

    private Optional<Finding> readLine(String line, int lineNumber, Map<String, Integer> firstLineOfOin, List<AlbEntry> entries) {
        String[] fields = line.split(";", -1);
        if (fields.length != FIELD_NAMES.length) {
            return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_FIELD_COUNT, lineNumber, fields.length, FIELD_NAMES.length), lineNumber));
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
            if (fields[i].isEmpty()) {
                return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_FIELD_MISSING, lineNumber, FIELD_NAMES[i]), lineNumber));
            }
            if (fields[i].length() > FIELD_MAX[i]) {
                return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_FIELD_TOO_LONG, lineNumber, FIELD_NAMES[i],
                        fields[i].length(), FIELD_MAX[i]), lineNumber));
            }
        }
        String oin = fields[0];
        Optional<Finding> oinProblem = oinCheck.check(oin).stream().filter(Finding::isError).findFirst();
        if (oinProblem.isPresent()) {
            return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_OIN_INVALID, lineNumber, oin), lineNumber)
                    .withEvidence("reason", oinProblem.get().code().name()));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[3]);
        } catch (DateTimeParseException e) {
            return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_DATE_INVALID, lineNumber, fields[3]), lineNumber));
        }
        Integer firstLine = firstLineOfOin.putIfAbsent(oin, lineNumber);
        if (firstLine != null) {
            return Optional.of(atLine(Finding.of(FindingCode.ALB_LINE_DUPLICATE_OIN, lineNumber, oin, firstLine), lineNumber));
        }
        entries.add(new AlbEntry(oin, fields[1], fields[2], date));
        return Optional.empty();
    }

    private static Finding atLine(Finding finding, int lineNumber) {
        return finding.withEvidence("line", lineNumber);
    }

    private static AlbImportResult rejected(Finding problem) {
        return new AlbImportResult(List.of(), List.of(problem));
    }
}
