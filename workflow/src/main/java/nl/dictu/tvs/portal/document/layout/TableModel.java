package nl.dictu.tvs.portal.document.layout;

import java.util.ArrayList;
import java.util.List;

/** A table to lay out: columns and rows of cell text, one cell per column. */
public record TableModel(List<Column> columns, List<List<String>> rows) {

    public TableModel {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "Row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
            }
        }
    }

    public static Builder withColumns(Column... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows for a table. */
    public static final class Builder {
        private final List<Column> columns;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<Column> columns) {
            this.columns = columns;
        }

        public Builder row(String... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public TableModel build() {
            return new TableModel(columns, rows);
        }
    }
}
