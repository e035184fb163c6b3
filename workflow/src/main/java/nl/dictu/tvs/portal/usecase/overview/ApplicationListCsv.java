package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the application list as CSV, row by row as the database returns it: reference,
 * organisation, OIN, status, phase, waiting for, submitted, last change, live date. One statement,
 * ordered by reference and streamed: the engine's facts of each application (phase, whose move,
 * status, dates) are subqueries on its own process instance through the engine's indexes by
 * instance, so no map over all instances is held in memory, however many there are.
 */
public final class ApplicationListCsv {

    public static final List<String> COLUMNS = List.of("reference", "organisation", "oin", "status", "phase",
            "waitingFor", "submitted", "lastChange", "liveDate");
    static final String IN_PROGRESS = "inProgress";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDays.ZONE);
    private static final int FETCH = 1000;
    private static final String SELECT = "select a.reference, o.name, o.oin, a.created_at, p.ID_, p.END_TIME_,"
            + " (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = ?),"
            + " (select max(" + Phase.sqlCase("e.ACT_ID_") + ") from ACT_RU_EXECUTION e"
            + " where e.PROC_INST_ID_ = p.ID_ and e.ACT_ID_ is not null),"
            + " (select max(case when t.TASK_DEF_KEY_ in " + OverviewSql.APPLICANT_TASKS + " then 1 else 0 end)"
            + " from ACT_RU_TASK t where t.PROC_INST_ID_ = p.ID_),"
            + " (select max(h.START_TIME_) from ACT_HI_ACTINST h where h.PROC_INST_ID_ = p.ID_),"
            + " (select max(h.END_TIME_) from ACT_HI_ACTINST h where h.PROC_INST_ID_ = p.ID_),"
            + " (select max(h.START_TIME_) from ACT_HI_ACTINST h where h.PROC_INST_ID_ = p.ID_ and h.ACT_ID_ = '"
            + ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION + "')"
            + " from application a join organisation o on o.id = a.organisation_id"
            + " left join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = a.reference order by a.reference";

    private final UnaryOperator<String> labels;

    /** @param labels the text for a bundle key in the reader's language */
    public ApplicationListCsv(UnaryOperator<String> labels) {
        this.labels = labels;
    }

    /** Writes the BOM, the header and one line per application; returns the number of applications. */
    public long write(Connection connection, Writer out) throws SQLException {
        long lines = 0;
        try {
            out.write(CsvLine.BYTE_ORDER_MARK);
            out.write(CsvLine.of(COLUMNS.stream().map(c -> labels.apply("overview.csv." + c)).toList()));
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setString(1, ConnectionRequestModel.Variables.APPLICATION_STATUS);
                statement.setFetchSize(FETCH);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        out.write(line(rs));
                        lines++;
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private String line(ResultSet rs) throws SQLException {
        String instance = rs.getString(5);
        boolean running = instance != null && rs.getTimestamp(6) == null;
        String status = instance == null ? null : rs.getString(7);
        Phase phase = running ? Phase.ofNumber(rs.getInt(8)).orElse(null) : null;
        int applicantTasks = rs.getInt(9);
        Boolean applicant = running && !rs.wasNull() ? applicantTasks == 1 : null;
        Instant started = instant(rs.getTimestamp(10));
        Instant ended = instant(rs.getTimestamp(11));
        Instant last = started == null ? null : ended != null && ended.isAfter(started) ? ended : started;
        return CsvLine.of(List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                labels.apply("overview.status." + (status == null ? IN_PROGRESS : status)),
                phase == null ? "" : labels.apply(phase.messageKey()),
                labels.apply("overview.waitingFor." + (applicant == null ? "NOBODY" : applicant ? "APPLICANT" : "DICTU")),
                moment(rs.getObject(4, OffsetDateTime.class).toInstant()),
                moment(last),
                moment(instant(rs.getTimestamp(12)))));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
