package nl.dictu.tvs.portal.bench;

import java.util.Locale;

/** What the sessions of a load benchmark run ask for ({@code bench.mix}). */
enum LoadBenchMix {
    /** Reviewers in fixed proportions over every kind of page, applicants their list and applications. */
    MIXED(""),
    /** Reviewers only, each opening the group task list (the case {@code measurements.md} took from outside). */
    GROUP(" (group task list only)"),
    /** Reviewers only application pages, applicants their list and applications: with a few sessions, one page's time. */
    APPLICATION(" (application pages only)");

    private final String label;

    LoadBenchMix(String label) {
        this.label = label;
    }

    /** How the result's heading names the mix; empty for the default. */
    String label() {
        return label;
    }

    /** How the result's file name ends: nothing for the default, else {@code -<mix>}. */
    String fileSuffix() {
        return this == MIXED ? "" : "-" + name().toLowerCase(Locale.ROOT);
    }

    static LoadBenchMix fromProperty() {
        return valueOf(System.getProperty("bench.mix", "mixed").toUpperCase(Locale.ROOT));
    }
}
