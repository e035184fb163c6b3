package nl.dictu.tvs.portal.trust.finding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON forms of findings. The stored form ({@link #write(CheckReport)}) keeps arguments, not messages,
 * so it renders in any language later; the display form ({@link #writeFindings(List, Locale)}) carries
 * the rendered message for people and scripts.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String write(CheckReport report) {
        StringBuilder out = new StringBuilder("{\"checkedAt\":");
        JsonText.appendString(out, report.checkedAt().toString());
        out.append(",\"findings\":[");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding finding = report.findings().get(i);
            out.append(i == 0 ? "" : ",").append("{\"code\":");
            JsonText.appendString(out, finding.code().name());
            out.append(",\"severity\":");
            JsonText.appendString(out, finding.severity().name());
            out.append(",\"arguments\":");
            JsonText.appendStrings(out, finding.arguments());
            out.append(",\"evidence\":");
            JsonText.appendObject(out, finding.evidence());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    /** A JSON array of objects with code, severity, message and evidence. */
    public static String writeFindings(List<Finding> findings, Locale locale) {
        FindingMessages messages = FindingMessages.forLocale(locale);
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ").append("{\"code\":");
            JsonText.appendString(out, finding.code().name());
            out.append(",\"severity\":");
            JsonText.appendString(out, finding.severity().name());
            out.append(",\"message\":");
            JsonText.appendString(out, messages.render(finding));
            out.append(",\"evidence\":");
            JsonText.appendObject(out, finding.evidence());
            out.append('}');
        }
        return out.append(findings.isEmpty() ? "]" : "\n]").toString();
    }

    @SuppressWarnings("unchecked")
    public static CheckReport read(String json) {
        Map<String, Object> root = (Map<String, Object>) JsonText.parse(json);
        List<Finding> findings = new ArrayList<>();
        for (Object item : (List<Object>) root.get("findings")) {
            Map<String, Object> object = (Map<String, Object>) item;
            List<String> arguments = (List<String>) (List<?>) object.get("arguments");
            Map<String, String> evidence = new LinkedHashMap<>();
            ((Map<String, Object>) object.get("evidence")).forEach((key, value) -> evidence.put(key, (String) value));
            findings.add(new Finding(FindingCode.valueOf((String) object.get("code")),
                    Severity.valueOf((String) object.get("severity")), arguments, evidence));
        }
        return new CheckReport(Instant.parse((String) root.get("checkedAt")), findings);
    }
}
