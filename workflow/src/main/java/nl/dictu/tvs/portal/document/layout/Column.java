package nl.dictu.tvs.portal.document.layout;

/** A table column: its header text and its share of the table width. */
public record Column(String header, float weight) {

    public Column {
        if (weight <= 0) {
            throw new IllegalArgumentException("A column needs a positive weight, got " + weight);
        }
    }
}
