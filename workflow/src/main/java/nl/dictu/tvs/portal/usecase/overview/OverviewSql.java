package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The overview's queries on the engine's tables (names as Camunda 7 creates them on H2 and
 * PostgreSQL). Each is one aggregate statement that uses the engine's own indexes; SQL is
 * built from constants only.
 */
public final class OverviewSql {

    public static final int OVERDUE_LISTED = 25;
    static final String PROCESS = ConnectionRequestModel.PROCESS_KEY + ":%";
    static final String APPLICANT_TASKS = inList(ConnectionRequestModel.APPLICANT_TASKS);
    static final String REVIEWER_TASKS = inList(ConnectionRequestModel.REVIEWER_TASKS);
    static final String PHASE_ACTIVITIES = inList(Phase.allActivities());
    /** Camunda's {@code ACT_INST_STATE_} of an activity that was cancelled (interrupted, withdrawn, expired). */
    static final int CANCELED = 2;

    private final Connection connection;

    public OverviewSql(Connection connection) {
        this.connection = connection;
    }

    /** Running instances per phase (every phase present). */
    public Map<Phase, Long> countPerPhase() throws SQLException {
        Map<Phase, Long> counts = new java.util.EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            counts.put(phase, 0L);
        }
        String sql = "select phase, count(*) from (select PROC_INST_ID_, max(" + Phase.sqlCase("ACT_ID_") + ") as phase"
                + " from ACT_RU_EXECUTION where ACT_ID_ is not null and PROC_DEF_ID_ like ? group by PROC_INST_ID_) t"
                + " group by phase";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, PROCESS);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(2);
                    Phase.ofNumber(rs.getInt(1)).ifPresent(p -> counts.put(p, count));
                }
            }
        }
        return counts;
    }

    /** Open applications with an applicant task open. */
    public long waitingOnApplicant() throws SQLException {
        return count("select count(distinct PROC_INST_ID_) from ACT_RU_TASK where TASK_DEF_KEY_ in " + APPLICANT_TASKS);
    }

    /** Open applications with reviewer tasks open and no applicant task. */
    public long waitingOnDictu() throws SQLException {
        return count("select count(distinct t.PROC_INST_ID_) from ACT_RU_TASK t where t.TASK_DEF_KEY_ in " + REVIEWER_TASKS
                + " and not exists (select 1 from ACT_RU_TASK a where a.PROC_INST_ID_ = t.PROC_INST_ID_"
                + " and a.TASK_DEF_KEY_ in " + APPLICANT_TASKS + ")");
    }

    /**
     * Every stay in a phase of the instances that finished an activity of some phase since
     * {@code since}; cancelled stays (withdrawn, expired) count as unfinished.
     */
    public List<PhaseInterval> phaseIntervals(Instant since) throws SQLException {
        String phase = Phase.sqlCase("a.ACT_ID_");
        String sql = "select a.PROC_INST_ID_, " + phase + ", min(a.START_TIME_), max(a.END_TIME_), count(*), count(a.END_TIME_),"
                + " max(case when a.ACT_INST_STATE_ = " + CANCELED + " then 1 else 0 end)"
                + " from (select distinct b.PROC_INST_ID_ from ACT_HI_ACTINST b where b.END_TIME_ >= ?"
                + " and b.ACT_ID_ in " + PHASE_ACTIVITIES + ") recent"
                + " join ACT_HI_ACTINST a on a.PROC_INST_ID_ = recent.PROC_INST_ID_"
                + " where a.ACT_ID_ in " + PHASE_ACTIVITIES
                + " group by a.PROC_INST_ID_, " + phase;
        List<PhaseInterval> intervals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    int number = rs.getInt(2);
                    Instant entered = rs.getTimestamp(3).toInstant();
                    Timestamp left = rs.getTimestamp(4);
                    boolean finished = rs.getLong(5) == rs.getLong(6) && rs.getInt(7) == 0 && left != null;
                    Phase.ofNumber(number).ifPresent(p -> intervals.add(new PhaseInterval(id, p, entered,
                            left == null ? entered : left.toInstant(), finished)));
                }
            }
        }
        return intervals;
    }

    public long overdueCount(Instant createdBefore) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ in "
                + REVIEWER_TASKS + " and CREATE_TIME_ < ?")) {
            statement.setTimestamp(1, Timestamp.from(createdBefore));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The oldest reviewer tasks created before the moment, oldest first. */
    public List<OverdueTask> overdue(Instant createdBefore, int max) throws SQLException {
        String sql = "select t.ID_, p.BUSINESS_KEY_, t.TASK_DEF_KEY_, t.CREATE_TIME_, t.ASSIGNEE_ from ACT_RU_TASK t"
                + " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ where t.TASK_DEF_KEY_ in " + REVIEWER_TASKS
                + " and t.CREATE_TIME_ < ? order by t.CREATE_TIME_, t.ID_";
        List<OverdueTask> tasks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(createdBefore));
            statement.setMaxRows(max);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tasks.add(new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5)));
                }
            }
        }
        return tasks;
    }

    /** When applications went live since the moment (the start of the live phase). */
    public List<Instant> goLives(Instant since) throws SQLException {
        List<Instant> moments = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select START_TIME_ from ACT_HI_ACTINST where ACT_ID_ = ? and START_TIME_ >= ?")) {
            statement.setString(1, ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION);
            statement.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    moments.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        return moments;
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String inList(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
