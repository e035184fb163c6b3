package nl.dictu.tvs.portal.usecase.expiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into rows: fields separated by {@code ;}, a field in double quotes may hold {@code ;},
 * line breaks (a PEM certificate) and doubled quotes. Rows are numbered from 1 (the header), one number per
 * row however many lines its quoted fields span, as a spreadsheet shows them.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** The rows, or empty when a quoted field is never closed. */
    public static Optional<List<ImportRow>> read(String text) {
        List<ImportRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new ImportRow(rows.size() + 1, fields));
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            return Optional.empty();
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new ImportRow(rows.size() + 1, fields));
        }
        return Optional.of(rows);
    }
}
