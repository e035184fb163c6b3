package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.process.WorkingDays;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes the application list as CSV, row by row as the database returns it: reference,
 * organisation, OIN, status, phase, waiting for, submitted, last change, live date. The engine's
 * facts (phase, whose move, status, dates) are read first in four aggregate queries; the list
 * itself is then streamed, ordered by reference.
 */
public final class ApplicationListCsv {

    public static final List<String> COLUMNS = List.of("reference", "organisation", "oin", "status", "phase",
            "waitingFor", "submitted", "lastChange", "liveDate");
    static final String IN_PROGRESS = "inProgress";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDays.ZONE);
    private static final int FETCH = 1000;

    private final UnaryOperator<String> labels;

    /** @param labels the text for a bundle key in the reader's language */
    public ApplicationListCsv(UnaryOperator<String> labels) {
        this.labels = labels;
    }

    /** Writes the BOM, the header and one line per application; returns the number of applications. */
    public long write(Connection connection, Writer out) throws SQLException {
        OverviewSql sql = new OverviewSql(connection);
        Map<String, Phase> phases = sql.currentPhases();
        Map<String, Boolean> waiting = sql.waitingOnApplicantByInstance();
        Map<String, String> statuses = sql.statuses();
        Map<String, Instant[]> dates = sql.lastChangeAndLiveDate();
        long lines = 0;
        try {
            out.write(CsvLine.BYTE_ORDER_MARK);
            out.write(CsvLine.of(COLUMNS.stream().map(c -> labels.apply("overview.csv." + c)).toList()));
            try (PreparedStatement statement = connection.prepareStatement("select a.reference, o.name, o.oin, a.created_at,"
                    + " p.ID_, p.END_TIME_ from application a join organisation o on o.id = a.organisation_id"
                    + " left join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = a.reference order by a.reference")) {
                statement.setFetchSize(FETCH);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String instance = rs.getString(5);
                        boolean running = instance != null && rs.getTimestamp(6) == null;
                        Instant[] when = instance == null ? null : dates.get(instance);
                        String status = instance == null ? null : statuses.get(instance);
                        Phase phase = running ? phases.get(instance) : null;
                        Boolean applicant = running ? waiting.get(instance) : null;
                        out.write(CsvLine.of(List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                                labels.apply("overview.status." + (status == null ? IN_PROGRESS : status)),
                                phase == null ? "" : labels.apply(phase.messageKey()),
                                labels.apply("overview.waitingFor." + (applicant == null ? "NOBODY" : applicant ? "APPLICANT" : "DICTU")),
                                moment(rs.getObject(4, OffsetDateTime.class).toInstant()),
                                when == null ? "" : moment(when[0]),
                                when == null || when[1] == null ? "" : moment(when[1]))));
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

    private static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
