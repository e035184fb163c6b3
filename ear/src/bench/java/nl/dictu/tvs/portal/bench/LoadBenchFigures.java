package nl.dictu.tvs.portal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response times of one run, per request kind, as Gatling measured them, and the table the
 * benchmark prints: p50/p95/p99 in milliseconds and the ratio of each to the floor's.
 */
final class LoadBenchFigures {

    private final Map<String, List<Long>> millis = new LinkedHashMap<>();
    private final Map<String, Integer> failed = new LinkedHashMap<>();

    synchronized void record(String kind, long responseMillis, boolean failure) {
        List<Long> times = millis.computeIfAbsent(kind, k -> new ArrayList<>());
        if (responseMillis >= 0) {
            times.add(responseMillis);
        }
        if (failure) {
            failed.merge(kind, 1, Integer::sum);
        }
    }

    /** How many requests were timed, but for one kind (the sign-ins, which are timed outside the window too). */
    synchronized int count(String excluded) {
        return millis.entrySet().stream().filter(e -> !e.getKey().equals(excluded)).mapToInt(e -> e.getValue().size()).sum();
    }

    synchronized String table(String floor, String heading) {
        StringBuilder out = new StringBuilder(heading).append("\n\n")
                .append("| request | n | failed | p50 ms | p95 ms | p99 ms | p50 / floor | p95 / floor | p99 / floor |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        long[] base = percentiles(millis.getOrDefault(floor, List.of()));
        for (Map.Entry<String, List<Long>> entry : millis.entrySet()) {
            long[] p = percentiles(entry.getValue());
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s | %s |%n", entry.getKey(),
                    entry.getValue().size(), failed.getOrDefault(entry.getKey(), 0), p[0], p[1], p[2],
                    ratio(p[0], base[0]), ratio(p[1], base[1]), ratio(p[2], base[2])));
        }
        return out.toString();
    }

    private static String ratio(long value, long floor) {
        return floor <= 0 ? "-" : String.format(Locale.ROOT, "%.1fx", (double) value / floor);
    }

    /** p50, p95, p99 by the nearest-rank method; zeros when nothing was measured. */
    static long[] percentiles(List<Long> values) {
        if (values.isEmpty()) {
            return new long[3];
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new long[]{rank(sorted, 50), rank(sorted, 95), rank(sorted, 99)};
    }

    private static long rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
