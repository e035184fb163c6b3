package nl.dictu.tvs.portal.trust.finding;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One outcome of a check. The message is not stored: it is rendered from the bundle key
 * {@code finding.<CODE>} with {@link #arguments()}, so a stored finding can be shown in any language.
 */
public record Finding(FindingCode code, Severity severity, List<String> arguments, Map<String, String> evidence) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        arguments = List.copyOf(arguments);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A finding with the code's own severity; arguments fill the message's placeholders in order. */
    public static Finding of(FindingCode code, Object... arguments) {
        List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
        return new Finding(code, code.severity(), texts, Map.of());
    }

    /** A copy with one more piece of evidence; the order of evidence is the order of these calls. */
    public Finding withEvidence(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(evidence);
        more.put(key, String.valueOf(value));
        return new Finding(code, severity, arguments, more);
    }

    /** A copy with more evidence at once, in the map's order (one copy instead of one per piece). */
    public Finding withEvidence(Map<String, ?> more) {
        Map<String, String> all = new LinkedHashMap<>(evidence);
        more.forEach((key, value) -> all.put(key, String.valueOf(value)));
        return new Finding(code, severity, arguments, all);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message(Locale locale) {
        return FindingMessages.forLocale(locale).render(this);
    }
}
