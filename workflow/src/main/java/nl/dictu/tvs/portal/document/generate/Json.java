package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.trust.finding.JsonText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for ordered maps, lists and scalars. Hand-written because the EJB module
 * has only the Jakarta JSON API at compile time, and because the output must be canonical: the
 * same data always gives the same bytes (key order is the map's order, no floating point).
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(2048);
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Enum<?>) {
            string(value.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, depth);
        } else if (value instanceof List<?> list) {
            array(list, out, depth);
        } else {
            throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            newline(out, depth + 1);
            string(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(out, depth + 1);
            write(list.get(i), out, depth + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        JsonText.appendString(out, s);
    }
}
