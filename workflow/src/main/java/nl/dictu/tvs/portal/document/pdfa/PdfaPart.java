package nl.dictu.tvs.portal.document.pdfa;

/**
 * The PDF/A part a document claims, always at conformance level B (visual appearance). Part 2 for
 * plain documents; part 3 only where a file is embedded, because part 2 allows no embedded files
 * other than PDF/A themselves.
 */
public enum PdfaPart {
    PDFA_2B(2),
    PDFA_3B(3);

    private final int part;

    PdfaPart(int part) {
        this.part = part;
    }

    public int part() {
        return part;
    }

    public String conformance() {
        return "B";
    }
}
