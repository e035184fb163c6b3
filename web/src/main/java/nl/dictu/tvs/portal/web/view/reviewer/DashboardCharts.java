package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.usecase.overview.Dashboard;
import nl.dictu.tvs.portal.usecase.overview.MonthCount;
import nl.dictu.tvs.portal.usecase.overview.Phase;
import nl.dictu.tvs.portal.usecase.overview.PhaseLeadTime;
import nl.dictu.tvs.portal.shared.json.Json;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The dashboard's Chart.js configurations as JSON for {@code p:chart}: plain data, no functions,
 * so nothing needs {@code eval} under the strict Content-Security-Policy.
 */
final class DashboardCharts {

    static final String PRIMARY = "#154273";
    static final String SECONDARY = "#8fcae7";

    private DashboardCharts() {
    }

    static String openPerPhase(Dashboard dashboard, UnaryOperator<String> labels) {
        List<Phase> phases = dashboard.openPerPhase().keySet().stream().toList();
        return bar(phases.stream().map(p -> labels.apply(p.messageKey())).toList(),
                List.of(dataset(labels.apply("overview.chart.open"), PRIMARY,
                        phases.stream().map(p -> (Number) dashboard.openPerPhase().get(p)).toList())), false, true);
    }

    static String leadTimes(Dashboard dashboard, UnaryOperator<String> labels) {
        List<PhaseLeadTime> lines = dashboard.leadTimes();
        return bar(lines.stream().map(l -> labels.apply(l.phase().messageKey())).toList(), List.of(
                dataset(labels.apply("overview.leadTime.median"), PRIMARY, lines.stream().map(l -> (Number) l.medianDays()).toList()),
                dataset(labels.apply("overview.leadTime.p90"), SECONDARY, lines.stream().map(l -> (Number) l.p90Days()).toList())),
                true, false);
    }

    static String goLives(Dashboard dashboard, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<MonthCount> months = dashboard.goLivesPerMonth();
        return bar(months.stream().map(m -> month.format(m.month())).toList(),
                List.of(dataset("", PRIMARY, months.stream().map(m -> (Number) m.count()).toList())), false, true);
    }

    private static Map<String, Object> dataset(String label, String colour, List<Number> values) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("backgroundColor", colour);
        dataset.put("data", values);
        return dataset;
    }

    /** @param counts whole numbers (applications), whose axis has whole-number ticks only */
    private static String bar(List<String> labels, List<Map<String, Object>> datasets, boolean legend, boolean counts) {
        Map<String, Object> y = counts
                ? Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))
                : Map.of("beginAtZero", true);
        return Json.write(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("animation", false,
                        "plugins", Map.of("legend", Map.of("display", legend)),
                        "scales", Map.of("y", y))));
    }
}
