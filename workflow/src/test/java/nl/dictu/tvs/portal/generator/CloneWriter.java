package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a batch of clones with JDBC batches: the portal's rows first (their generated keys are
 * needed by the engine's variables), then the engine's rows. Every value is the template's, with
 * new ids, the clone's reference, organisation and applicant, fresh ServiceUUIDs and the clone's
 * timeline; durations are recomputed and the escalation timers of open reviewer tasks are
 * recomputed in working days, as the model does.
 */
final class CloneWriter {

    private static final Set<String> USER_COLUMNS = Set.of("CREATED_BY", "SUBMITTED_BY", "TERMS_ACCEPTED_BY", "ACTOR");
    private static final int ESCALATION_WORKING_DAYS = 5;
    /** Engine columns with a variable's value: text that may look like an id but is not one. */
    private static final Set<String> VALUE_COLUMNS = Set.of("TEXT_", "TEXT2_");

    private final WorkingDays workingDays = new WorkingDays();
    private final String runId = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36) + UUID.randomUUID().toString().substring(0, 4);
    private long cloneCounter;

    /** Writes the clones; returns the number of rows written. */
    long write(Connection connection, List<Clone> clones) throws SQLException {
        List<CloneState> states = clones.stream().map(CloneState::new).toList();
        long rows = 0;
        for (String table : TemplateSnapshot.APPLICATION_TABLES) {
            rows += writeApplicationTable(connection, table, states);
        }
        Map<String, List<CloneState>> byTable = new LinkedHashMap<>();
        for (CloneState state : states) {
            for (TableRows rowsOfTable : state.clone.template().engineTables()) {
                byTable.computeIfAbsent(rowsOfTable.table(), t -> new ArrayList<>()).add(state);
            }
        }
        for (String table : engineTableOrder(states)) {
            rows += writeEngineTable(connection, table, byTable.getOrDefault(table, List.of()));
        }
        return rows;
    }

    private static List<String> engineTableOrder(List<CloneState> states) {
        List<String> order = new ArrayList<>();
        for (CloneState state : states) {
            List<String> own = state.clone.template().engineTables().stream().map(TableRows::table).toList();
            for (int i = 0; i < own.size(); i++) {
                if (!order.contains(own.get(i))) {
                    int after = i == 0 ? -1 : order.indexOf(own.get(i - 1));
                    order.add(after + 1, own.get(i));
                }
            }
        }
        return order;
    }

    private long writeApplicationTable(Connection connection, String table, List<CloneState> states) throws SQLException {
        boolean keyed = table.equals("application") || table.equals("application_version");
        TableRows shape = null;
        List<CloneState> owners = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        for (CloneState state : states) {
            TableRows rows = state.applicationRows(table);
            shape = shape == null && !rows.rows().isEmpty() ? rows : shape;
            for (Object[] row : rows.rows()) {
                owners.add(state);
                sources.add(row);
            }
        }
        if (shape == null) {
            return 0;
        }
        String omitted = shape.column("ID") >= 0 ? "ID" : null;
        String sql = shape.insertSql(omitted);
        try (PreparedStatement insert = keyed ? connection.prepareStatement(sql, new String[]{"id"})
                : connection.prepareStatement(sql)) {
            for (int r = 0; r < sources.size(); r++) {
                CloneState state = owners.get(r);
                TableRows rows = state.applicationRows(table);
                bind(insert, rows, state.applicationRow(rows, sources.get(r)), omitted);
                insert.addBatch();
            }
            insert.executeBatch();
            if (keyed) {
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    for (int r = 0; r < sources.size(); r++) {
                        if (!generated.next()) {
                            throw new GeneratorException("the database returned fewer keys than rows for " + table);
                        }
                        CloneState state = owners.get(r);
                        long id = generated.getLong(1);
                        long templateId = ((Number) sources.get(r)[state.applicationRows(table).column("ID")]).longValue();
                        if (table.equals("application")) {
                            state.applicationId = id;
                        } else {
                            state.versionIds.put(templateId, id);
                        }
                    }
                }
            }
        }
        return sources.size();
    }

    private long writeEngineTable(Connection connection, String table, List<CloneState> states) throws SQLException {
        if (states.isEmpty()) {
            return 0;
        }
        TableRows shape = states.get(0).engineRows(table);
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(shape.insertSql(null))) {
            for (CloneState state : states) {
                TableRows rows = state.engineRows(table);
                for (Object[] row : rows.rows()) {
                    bind(insert, rows, state.engineRow(rows, row), null);
                    insert.addBatch();
                    count++;
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static void bind(PreparedStatement insert, TableRows rows, Object[] values, String omitted) throws SQLException {
        int p = 1;
        for (int c = 0; c < values.length; c++) {
            if (rows.columns().get(c).equals(omitted)) {
                continue;
            }
            if (values[c] == null) {
                insert.setNull(p++, rows.types()[c]);
            } else {
                insert.setObject(p++, values[c]);
            }
        }
    }

    /** The new values of one clone: its ids, keys and the substitutions in text. */
    private final class CloneState {
        final Clone clone;
        final Map<String, String> engineIds = new HashMap<>();
        final Map<Long, Long> versionIds = new HashMap<>();
        final Map<String, String> texts = new LinkedHashMap<>();
        final Map<String, Instant> taskCreatedByExecution = new HashMap<>();
        long applicationId;

        CloneState(Clone clone) {
            this.clone = clone;
            TemplateSnapshot template = clone.template();
            String prefix = "g" + runId + "-" + Long.toString(cloneCounter++, 36) + "-";
            int n = 0;
            for (TableRows rows : template.engineTables()) {
                for (Object id : rows.values("ID_")) {
                    engineIds.put((String) id, prefix + (n++));
                }
                if (rows.table().equalsIgnoreCase("ACT_RU_TASK")) {
                    for (Object[] row : rows.rows()) {
                        taskCreatedByExecution.put((String) row[rows.column("EXECUTION_ID_")],
                                instant(row[rows.column("CREATE_TIME_")]));
                    }
                }
            }
            texts.put(template.template().reference(), clone.reference());
            texts.put(template.organisationOin(), clone.organisationOin());
            texts.put(template.organisationName(), clone.organisationName());
        }

        TableRows applicationRows(String table) {
            return clone.template().applicationTables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
        }

        TableRows engineRows(String table) {
            return clone.template().engineTables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
        }

        Object[] applicationRow(TableRows rows, Object[] source) {
            Object[] out = source.clone();
            for (int c = 0; c < out.length; c++) {
                String column = rows.columns().get(c);
                Object value = source[c];
                if (value == null) {
                    continue;
                }
                out[c] = switch (column) {
                    case "APPLICATION_ID" -> applicationId;
                    case "VERSION_ID" -> versionIds.get(((Number) value).longValue());
                    case "ORGANISATION_ID" -> clone.organisationId();
                    case "REFERENCE" -> clone.reference();
                    case "SERVICE_UUID" -> freshServiceUuid((String) value);
                    default -> USER_COLUMNS.contains(column) && value.equals(clone.template().applicantUsername())
                            ? clone.applicantUsername() : moved(value);
                };
            }
            return out;
        }

        Object[] engineRow(TableRows rows, Object[] source) {
            Object[] out = source.clone();
            for (int c = 0; c < out.length; c++) {
                Object value = source[c];
                if (value instanceof String text) {
                    String mapped = VALUE_COLUMNS.contains(rows.columns().get(c)) ? null : engineIds.get(text);
                    out[c] = mapped != null ? mapped : replaced(text);
                } else if (value != null) {
                    out[c] = moved(value);
                }
            }
            applicationIdVariable(rows, out);
            recomputeDuration(rows, out);
            if (rows.table().equalsIgnoreCase("ACT_RU_JOB")) {
                timerDueDate(rows, source, out);
            }
            return out;
        }

        private void applicationIdVariable(TableRows rows, Object[] out) {
            int name = rows.column("NAME_");
            int longValue = rows.column("LONG_");
            if (name >= 0 && longValue >= 0 && ConnectionRequestModel.Variables.APPLICATION_ID.equals(out[name])) {
                out[longValue] = applicationId;
                int text = rows.column("TEXT_");
                if (text >= 0 && out[text] != null) {
                    out[text] = Long.toString(applicationId);
                }
            }
        }

        private void recomputeDuration(TableRows rows, Object[] out) {
            int duration = rows.column("DURATION_");
            int start = rows.column("START_TIME_");
            int end = rows.column("END_TIME_");
            if (duration >= 0 && start >= 0 && end >= 0 && out[start] != null && out[end] != null) {
                out[duration] = instant(out[end]).toEpochMilli() - instant(out[start]).toEpochMilli();
            }
        }

        /**
         * Absolute timers (cycles) keep their date;
         * escalations are five working days after the clone's task was created; the rest move
         * with the timeline. No job is left locked.
         */
        private void timerDueDate(TableRows rows, Object[] source, Object[] out) {
            int due = rows.column("DUEDATE_");
            String handler = (String) source[rows.column("HANDLER_CFG_")];
            Object repeat = source[rows.column("REPEAT_")];
            if (source[due] != null && handler != null) {
                if (repeat != null) {
                    out[due] = source[due];
                } else if (handler.contains("EscalationTimer")) {
                    Instant created = taskCreatedByExecution.get((String) source[rows.column("EXECUTION_ID_")]);
                    if (created != null) {
                        Date dueAt = workingDays.dueAfter(Date.from(clone.timeline().map(created)), ESCALATION_WORKING_DAYS);
                        out[due] = like(source[due], dueAt.toInstant());
                    }
                }
            }
            out[rows.column("LOCK_OWNER_")] = null;
            out[rows.column("LOCK_EXP_TIME_")] = null;
        }

        /** One fresh ServiceUUID per template ServiceUUID: a service's environments that share one keep sharing it. */
        private String freshServiceUuid(String templateUuid) {
            return texts.computeIfAbsent(templateUuid, uuid -> UUID.randomUUID().toString());
        }

        private Object moved(Object value) {
            if (value instanceof String text) {
                return replaced(text);
            }
            if (value instanceof java.sql.Date day) {
                return java.sql.Date.valueOf(LocalDate.ofInstant(
                        clone.timeline().map(day.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant()), ZoneOffset.UTC));
            }
            if (value instanceof LocalDate day) {
                return LocalDate.ofInstant(clone.timeline().map(day.atStartOfDay(ZoneOffset.UTC).toInstant()), ZoneOffset.UTC);
            }
            if (value instanceof Timestamp || value instanceof OffsetDateTime || value instanceof Date) {
                return like(value, clone.timeline().map(instant(value)));
            }
            return value;
        }

        private String replaced(String text) {
            String out = text;
            for (var entry : texts.entrySet()) {
                if (out.contains(entry.getKey())) {
                    out = out.replace(entry.getKey(), entry.getValue());
                }
            }
            return out;
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        throw new GeneratorException("not a moment: " + value.getClass().getName());
    }

    private static Object like(Object original, Instant moment) {
        if (original instanceof OffsetDateTime) {
            return moment.atOffset(ZoneOffset.UTC);
        }
        return Timestamp.from(moment);
    }
}
