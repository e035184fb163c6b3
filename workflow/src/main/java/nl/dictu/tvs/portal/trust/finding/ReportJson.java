package nl.dictu.tvs.portal.trust.finding;

import nl.dictu.tvs.portal.shared.json.Json;

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
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("checkedAt", report.checkedAt());
        root.put("findings", report.findings().stream().map(finding -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("code", finding.code());
            object.put("severity", finding.severity());
            object.put("arguments", finding.arguments());
            object.put("evidence", finding.evidence());
            return object;
        }).toList());
        return Json.write(root);
    }

    /** A JSON array of objects with code, severity, message and evidence: one finding a line, for people and grep. */
    public static String writeFindings(List<Finding> findings, Locale locale) {
        FindingMessages messages = FindingMessages.forLocale(locale);
        List<String> lines = findings.stream().map(finding -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("code", finding.code());
            object.put("severity", finding.severity());
            object.put("message", messages.render(finding));
            object.put("evidence", finding.evidence());
            return Json.write(object);
        }).toList();
        return lines.isEmpty() ? "[]" : "[\n  " + String.join(",\n  ", lines) + "\n]";
    }

    @SuppressWarnings("unchecked")
    public static CheckReport read(String json) {
        Map<String, Object> root = Json.readObject(json);
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
