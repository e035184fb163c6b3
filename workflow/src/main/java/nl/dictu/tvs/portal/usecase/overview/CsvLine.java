package nl.dictu.tvs.portal.usecase.overview;

import java.util.List;

/**
 * One line of a CSV file as spreadsheets on Dutch computers read it: fields separated by
 * semicolons, quoted (with doubled quotes) when they hold a separator, a quote or a line break,
 * lines ended by CRLF (RFC 4180). A field that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so text stays text.
 */
public final class CsvLine {

    public static final char SEPARATOR = ';';
    public static final String LINE_END = "\r\n";
    /** Excel only reads a CSV file as UTF-8 when it starts with the byte order mark. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvLine() {
    }

    public static String of(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(field(fields.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
