package nl.dictu.tvs.portal.usecase.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The overview at one moment.
 *
 * @param openPerPhase       running applications per phase before go-live (every phase present, maybe 0)
 * @param live               live connections
 * @param waitingOnApplicant open applications with an applicant task open
 * @param waitingOnDictu     open applications with only reviewer tasks open
 * @param leadTimeDays       the period of the lead times, in days back from {@code at}
 * @param overdue            the oldest overdue reviewer tasks, at most {@link OverviewSql#OVERDUE_LISTED}
 * @param goLivesPerMonth    the last twelve months, oldest first, months without go-lives included
 */
public record Dashboard(Instant at, Map<Phase, Long> openPerPhase, long live, long waitingOnApplicant, long waitingOnDictu,
                        List<PhaseLeadTime> leadTimes, int leadTimeDays, long overdueCount, List<OverdueTask> overdue,
                        List<MonthCount> goLivesPerMonth) {

    public long open() {
        return openPerPhase.values().stream().mapToLong(Long::longValue).sum();
    }
}
