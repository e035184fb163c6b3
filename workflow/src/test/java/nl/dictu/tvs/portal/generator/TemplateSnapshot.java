package nl.dictu.tvs.portal.generator;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every row a template application left in the database: the engine's runtime and history rows
 * of its process instance (and the byte arrays they point to), and the portal's rows of the
 * application, in an order in which they can be inserted again.
 */
record TemplateSnapshot(RecordedTemplate template, String applicantUsername, String organisationOin,
                        String organisationName, List<TableRows> applicationTables, List<TableRows> engineTables) {

    /** The portal's tables that hang off an application, parents first. */
    static final List<String> APPLICATION_TABLES = List.of("application", "application_version",
            "application_version_service", "application_version_service_info", "application_version_service_attribute",
            "application_version_contact", "application_version_checklist_answer", "checklist_verdict", "issued_service_uuid", "check_result",
            "connection_registration", "audit_event");
    private static final Set<String> VERSION_TABLES = Set.of("application_version_service", "application_version_service_info",
            "application_version_service_attribute", "application_version_contact", "application_version_checklist_answer", "check_result");
    private static final List<String> INSTANCE_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_", "ROOT_PROC_INST_ID_");

    static TemplateSnapshot read(Connection connection, RecordedTemplate template, String applicantUsername,
                                 String organisationOin, String organisationName) throws SQLException {
        return new TemplateSnapshot(template, applicantUsername, organisationOin, organisationName,
                applicationRows(connection, template.applicationId()), engineRows(connection, template.processInstanceId()));
    }

    int rowsPerClone() {
        return applicationTables.stream().mapToInt(t -> t.rows().size()).sum()
                + engineTables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    private static List<TableRows> applicationRows(Connection connection, long applicationId) throws SQLException {
        List<TableRows> tables = new ArrayList<>();
        TableRows versions = TableRows.selectIn(connection, "application_version", "application_id", List.of(applicationId));
        List<Object> versionIds = versions.values("ID");
        for (String table : APPLICATION_TABLES) {
            if (table.equals("application")) {
                tables.add(TableRows.selectIn(connection, table, "id", List.of(applicationId)));
            } else if (table.equals("application_version")) {
                tables.add(versions);
            } else if (VERSION_TABLES.contains(table)) {
                tables.add(TableRows.selectIn(connection, table, "version_id", versionIds));
            } else {
                tables.add(TableRows.selectIn(connection, table, "application_id", List.of(applicationId)));
            }
        }
        return tables;
    }

    private static List<TableRows> engineRows(Connection connection, String processInstanceId) throws SQLException {
        Map<String, String> instanceColumn = engineTables(connection);
        Map<String, TableRows> byTable = new LinkedHashMap<>();
        for (var entry : instanceColumn.entrySet()) {
            byTable.put(entry.getKey(), TableRows.selectIn(connection, entry.getKey(), entry.getValue(), List.of(processInstanceId)));
        }
        String taskTable = tableNamed(byTable.keySet(), "ACT_RU_TASK");
        String linkTable = tableNamed(allEngineTables(connection), "ACT_RU_IDENTITYLINK");
        List<TableRows> ordered = new ArrayList<>();
        Set<Object> byteArrays = new HashSet<>();
        byTable.values().forEach(t -> t.columns().stream().filter(TemplateSnapshot::pointsToByteArray)
                .forEach(c -> t.values(c).stream().filter(v -> v != null).forEach(byteArrays::add)));
        ordered.add(TableRows.selectIn(connection, tableNamed(allEngineTables(connection), "ACT_GE_BYTEARRAY"), "ID_", byteArrays));
        String executionTable = tableNamed(byTable.keySet(), "ACT_RU_EXECUTION");
        ordered.add(byTable.remove(executionTable).parentsFirst("ID_", "PARENT_ID_"));
        TableRows tasks = byTable.remove(taskTable);
        ordered.add(tasks);
        ordered.add(TableRows.selectIn(connection, linkTable, "TASK_ID_", tasks.values("ID_")));
        byTable.values().stream().sorted(Comparator.comparing(TableRows::table)).forEach(ordered::add);
        return ordered.stream().filter(t -> !t.rows().isEmpty()).toList();
    }

    static boolean pointsToByteArray(String column) {
        return column.endsWith("BYTEARRAY_ID_") || column.endsWith("STACK_ID_") || column.endsWith("DETAILS_ID_");
    }

    /** The engine's runtime and history tables with the column that names the process instance. */
    private static Map<String, String> engineTables(Connection connection) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : allEngineTables(connection)) {
            String upper = table.toUpperCase(Locale.ROOT);
            if (!(upper.startsWith("ACT_RU_") || upper.startsWith("ACT_HI_"))) {
                continue;
            }
            Set<String> columns = new HashSet<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            INSTANCE_COLUMNS.stream().filter(columns::contains).findFirst().ifPresent(c -> tables.put(table, c));
        }
        return tables;
    }

    private static Set<String> allEngineTables(Connection connection) throws SQLException {
        Set<String> tables = new java.util.TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static String tableNamed(Set<String> tables, String upperName) {
        return tables.stream().filter(t -> t.equalsIgnoreCase(upperName)).findFirst()
                .orElseThrow(() -> new GeneratorException("the process engine's table " + upperName + " is missing"));
    }
}
