package nl.dictu.tvs.portal.bench;

import java.util.Locale;

/** The database a load-benchmark run starts the portal on, chosen with {@code -Dbench.db=h2|postgresql}. */
enum LoadBenchDatabaseKind {
    H2("H2 file"),
    POSTGRESQL("PostgreSQL");

    private final String label;

    LoadBenchDatabaseKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static LoadBenchDatabaseKind fromProperty() {
        return valueOf(System.getProperty("bench.db", "h2").toUpperCase(Locale.ROOT));
    }
}
