package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.process.WorkingDays;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts the dashboard together from the overview's queries, at a given moment. */
public final class DashboardBuilder {

    public static final int LEAD_TIME_DAYS = 90;
    public static final int MONTHS = 12;

    private final WorkingDays workingDays = new WorkingDays();

    public Dashboard build(Connection connection, Instant now) throws SQLException {
        OverviewSql sql = new OverviewSql(connection);
        Map<Phase, Long> perPhase = sql.countPerPhase();
        long live = perPhase.get(Phase.LIVE);
        Map<Phase, Long> open = new EnumMap<>(perPhase);
        open.remove(Phase.LIVE);
        Instant since = now.minus(Duration.ofDays(LEAD_TIME_DAYS));
        Instant cutoff = OverdueCutoff.before(now, workingDays);
        YearMonth first = YearMonth.from(now.atZone(WorkingDays.ZONE)).minusMonths(MONTHS - 1L);
        Instant firstMonthStart = first.atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        return new Dashboard(now, open, live, sql.waitingOnApplicant(), sql.waitingOnDictu(),
                LeadTimes.of(sql.phaseIntervals(since), since), LEAD_TIME_DAYS,
                sql.overdueCount(cutoff), sql.overdue(cutoff, OverviewSql.OVERDUE_LISTED),
                perMonth(sql.goLives(firstMonthStart), first));
    }

    /** Counts per month (Dutch time) from {@code first} for {@value #MONTHS} months, empty months included. */
    static List<MonthCount> perMonth(List<Instant> moments, YearMonth first) {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            counts.put(first.plusMonths(i), 0L);
        }
        for (Instant moment : moments) {
            counts.computeIfPresent(YearMonth.from(moment.atZone(WorkingDays.ZONE)), (m, n) -> n + 1);
        }
        List<MonthCount> lines = new ArrayList<>();
        counts.forEach((month, n) -> lines.add(new MonthCount(month, n)));
        return lines;
    }
}
