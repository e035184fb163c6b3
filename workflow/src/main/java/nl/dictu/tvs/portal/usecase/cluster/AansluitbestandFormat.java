package nl.dictu.tvs.portal.usecase.cluster;

import java.util.Locale;

/** The two forms of an aansluitbestand: DICTU's Excel workbook, or text with {@code ;}-separated fields. */
public enum AansluitbestandFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8");

    private final String contentType;

    AansluitbestandFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** XLSX for a name ending in {@code .xlsx}, CSV otherwise. */
    public static AansluitbestandFormat ofFileName(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
