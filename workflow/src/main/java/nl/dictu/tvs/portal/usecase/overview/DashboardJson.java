package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.shared.json.Json;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link Dashboard} as the JSON that table {@code dashboard_snapshot} stores, and back. */
final class DashboardJson {

    private DashboardJson() {
    }

    static String write(Dashboard dashboard) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", dashboard.at());
        Map<String, Object> open = new LinkedHashMap<>();
        dashboard.openPerPhase().forEach((phase, count) -> open.put(phase.name(), count));
        json.put("openPerPhase", open);
        json.put("live", dashboard.live());
        json.put("waitingOnApplicant", dashboard.waitingOnApplicant());
        json.put("waitingOnDictu", dashboard.waitingOnDictu());
        json.put("leadTimes", dashboard.leadTimes().stream().map(DashboardJson::leadTime).toList());
        json.put("leadTimeDays", dashboard.leadTimeDays());
        json.put("overdueCount", dashboard.overdueCount());
        json.put("overdue", dashboard.overdue().stream().map(DashboardJson::overdueTask).toList());
        json.put("goLivesPerMonth", dashboard.goLivesPerMonth().stream()
                .map(m -> Map.<String, Object>of("month", m.month().toString(), "count", m.count())).toList());
        return Json.write(json);
    }

    static Dashboard read(String text) {
        Map<String, Object> json = Json.readObject(text);
        Map<Phase, Long> open = new EnumMap<>(Phase.class);
        map(json.get("openPerPhase")).forEach((phase, count) -> open.put(Phase.valueOf(phase), (Long) count));
        return new Dashboard(Instant.parse((String) json.get("at")), open, (Long) json.get("live"),
                (Long) json.get("waitingOnApplicant"), (Long) json.get("waitingOnDictu"),
                list(json.get("leadTimes")).stream().map(DashboardJson::leadTime).toList(),
                ((Long) json.get("leadTimeDays")).intValue(), (Long) json.get("overdueCount"),
                list(json.get("overdue")).stream().map(DashboardJson::overdueTask).toList(),
                list(json.get("goLivesPerMonth")).stream()
                        .map(m -> new MonthCount(YearMonth.parse((String) m.get("month")), (Long) m.get("count"))).toList());
    }

    private static Map<String, Object> leadTime(PhaseLeadTime lead) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phase", lead.phase());
        json.put("completed", lead.completed());
        json.put("median", lead.median() == null ? null : lead.median().toString());
        json.put("p90", lead.p90() == null ? null : lead.p90().toString());
        return json;
    }

    private static PhaseLeadTime leadTime(Map<String, Object> json) {
        return new PhaseLeadTime(Phase.valueOf((String) json.get("phase")), ((Long) json.get("completed")).intValue(),
                duration(json.get("median")), duration(json.get("p90")));
    }

    private static Map<String, Object> overdueTask(OverdueTask task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taskId", task.taskId());
        json.put("reference", task.reference());
        json.put("taskKey", task.taskKey());
        json.put("created", task.created());
        json.put("assignee", task.assignee());
        return json;
    }

    private static OverdueTask overdueTask(Map<String, Object> json) {
        return new OverdueTask((String) json.get("taskId"), (String) json.get("reference"), (String) json.get("taskKey"),
                Instant.parse((String) json.get("created")), (String) json.get("assignee"));
    }

    private static Duration duration(Object text) {
        return text == null ? null : Duration.parse((String) text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
