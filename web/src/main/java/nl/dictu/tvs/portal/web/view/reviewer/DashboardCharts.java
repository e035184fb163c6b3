package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.usecase.overview.Dashboard;
import nl.dictu.tvs.portal.usecase.overview.MonthCount;
import nl.dictu.tvs.portal.usecase.overview.Phase;
import nl.dictu.tvs.portal.usecase.overview.PhaseLeadTime;
import nl.dictu.tvs.portal.trust.finding.JsonText;

import java.time.format.DateTimeFormatter;
import java.util.List;
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
                        phases.stream().map(p -> (Number) dashboard.openPerPhase().get(p)).toList())), false);
    }

    static String leadTimes(Dashboard dashboard, UnaryOperator<String> labels) {
        List<PhaseLeadTime> lines = dashboard.leadTimes();
        return bar(lines.stream().map(l -> labels.apply(l.phase().messageKey())).toList(), List.of(
                dataset(labels.apply("overview.leadTime.median"), PRIMARY, lines.stream().map(l -> (Number) l.medianDays()).toList()),
                dataset(labels.apply("overview.leadTime.p90"), SECONDARY, lines.stream().map(l -> (Number) l.p90Days()).toList())),
                true);
    }

    static String goLives(Dashboard dashboard, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<MonthCount> months = dashboard.goLivesPerMonth();
        return bar(months.stream().map(m -> month.format(m.month())).toList(),
                List.of(dataset("", PRIMARY, months.stream().map(m -> (Number) m.count()).toList())), false);
    }

    private static String dataset(String label, String colour, List<Number> values) {
        StringBuilder out = new StringBuilder("{\"label\":");
        JsonText.appendString(out, label);
        out.append(",\"backgroundColor\":\"").append(colour).append("\",\"data\":[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "").append(values.get(i));
        }
        return out.append("]}").toString();
    }

    private static String bar(List<String> labels, List<String> datasets, boolean legend) {
        StringBuilder out = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":");
        JsonText.appendStrings(out, labels);
        out.append(",\"datasets\":[").append(String.join(",", datasets)).append("]},\"options\":{\"animation\":false,")
                .append("\"plugins\":{\"legend\":{\"display\":").append(legend).append("}},")
                .append("\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
        return out.toString();
    }
}
