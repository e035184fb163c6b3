package nl.dictu.tvs.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Some rows of one table as the database returned them: column names (upper case), their JDBC
 * types and the values, ready to be written again with other values.
 */
record TableRows(String table, List<String> columns, int[] types, List<Object[]> rows) {

    /** Rows whose {@code column} is one of {@code keys} (none when there are no keys). */
    static TableRows selectIn(Connection connection, String table, String column, Collection<?> keys) throws SQLException {
        if (keys.isEmpty()) {
            return selectWhere(connection, table, "1 = 0", List.of());
        }
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
        return selectWhere(connection, table, column + " in (" + marks + ")", List.copyOf(keys));
    }

    static TableRows selectWhere(Connection connection, String table, String where, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select * from " + table + " where " + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> columns = new ArrayList<>();
                int[] types = new int[meta.getColumnCount()];
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c).toUpperCase(Locale.ROOT));
                    types[c - 1] = meta.getColumnType(c);
                }
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return new TableRows(table, List.copyOf(columns), types, rows);
            }
        }
    }

    int column(String name) {
        return columns.indexOf(name);
    }

    /** The values of one column, row by row. */
    List<Object> values(String name) {
        int c = column(name);
        return c < 0 ? List.of() : rows.stream().map(r -> r[c]).toList();
    }

    /** The insert statement for these columns, leaving out {@code omitted} (a generated key). */
    String insertSql(String omitted) {
        List<String> written = columns.stream().filter(c -> !c.equals(omitted)).toList();
        return "insert into " + table + " (" + String.join(", ", written) + ") values ("
                + written.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Rows sorted so that a row comes after the row its {@code parentColumn} points to. */
    TableRows parentsFirst(String keyColumn, String parentColumn) {
        int key = column(keyColumn);
        int parent = column(parentColumn);
        Map<Object, Object[]> byKey = rows.stream().collect(Collectors.toMap(r -> r[key], Function.identity()));
        List<Object[]> sorted = new ArrayList<>();
        rows.stream().sorted(java.util.Comparator.comparingInt(r -> depth(r, parent, byKey))).forEach(sorted::add);
        return new TableRows(table, columns, types, sorted);
    }

    private static int depth(Object[] row, int parent, Map<Object, Object[]> byKey) {
        int depth = 0;
        for (Object[] at = row; at[parent] != null && byKey.containsKey(at[parent]) && depth < 100; at = byKey.get(at[parent])) {
            depth++;
        }
        return depth;
    }
}
