package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The database a test run uses, and the environment that points the server at it. */
public enum ItDatabase {
    H2,
    POSTGRESQL;

    public static final String PG_URL = postgresqlUrl("tvs_it");
    public static final String PG_USER = "tvs_it";
    public static final String PG_PASSWORD = "tvs_it";

    public static ItDatabase current() {
        return "postgresql".equalsIgnoreCase(System.getProperty("tvs.it.database", "h2")) ? POSTGRESQL : H2;
    }

    /** Starts from an empty database, so every run sees first-start behaviour (demo seeding). */
    public Map<String, String> prepareFreshDatabase(Path workDir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TVS_DEMO_MODE", "true");
        if (this == H2) {
            Path dataDir = workDir.resolve("h2-data");
            deleteRecursively(dataDir);
            // a nested directory that does not exist yet: the portal must create it
            env.put("TVS_DATA_DIR", dataDir.resolve("nested/dir").toString());
        } else {
            env.putAll(freshPostgresql(workDir, "tvs_it"));
            // the portal's own files (demo CA, demo sealing key) stay out of the developer's data directory
            Path dataDir = workDir.resolve("pg-data");
            deleteRecursively(dataDir);
            env.put("TVS_DATA_DIR", dataDir.toString());
        }
        return env;
    }

    public static String postgresqlUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /**
     * An empty PostgreSQL database of its own name (made when missing), owned by tvs_it, and the
     * server environment for it; ClusterIT's nodes use {@code tvs_it_cluster}, never the shared server's.
     */
    public static Map<String, String> freshPostgresql(Path workDir, String database) throws IOException {
        String url = postgresqlUrl(database);
        ensurePostgresRunning(workDir, database);
        resetSchema(url);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TVS_DB_KIND", "PostgreSQL");
        env.put("TVS_DB_URL", url);
        env.put("TVS_DB_USER", PG_USER);
        env.put("TVS_DB_PASSWORD", PG_PASSWORD);
        return env;
    }

    private static void resetSchema(String url) {
        try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the PostgreSQL test database " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs src/test/scripts/ensure-postgres.sh when the test database does not answer yet: it starts
     * PostgreSQL and makes the database (empty, owned by tvs_it) where it is missing.
     */
    public static void ensurePostgresRunning(Path workDir, String database) throws IOException {
        String url = postgresqlUrl(database);
        if (canConnect(url)) {
            return;
        }
        Path script = Path.of(System.getProperty("tvs.it.scripts", "src/test/scripts")).resolve("ensure-postgres.sh");
        Path log = workDir.resolve("ensure-postgres-" + database + ".log");
        Files.createDirectories(workDir);
        Process process = new ProcessBuilder("bash", script.toString(), database)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL for the tests could not be started; see " + log
                        + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!canConnect(url)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL started but " + url + " does not accept "
                        + PG_USER + "; see " + log);
            }
            sleep();
        }
    }

    /**
     * A PostgreSQL client program ({@code pg_dump}, {@code pg_restore}) of the version of Debian's
     * cluster that {@code ensure-postgres.sh} runs ({@code pg_lsclusters}), from
     * {@code /usr/lib/postgresql/<version>/bin}; the one on the PATH where that is missing.
     */
    static Path postgresqlTool(String name) throws IOException {
        Process clusters = new ProcessBuilder("pg_lsclusters", "--no-header").redirectErrorStream(true).start();
        String first;
        try {
            first = new String(clusters.getInputStream().readAllBytes()).lines().findFirst().orElse("").strip();
            clusters.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Path versioned = Path.of("/usr/lib/postgresql", first.isEmpty() ? "none" : first.split("\\s+")[0], "bin", name);
        return Files.isExecutable(versioned) ? versioned : Path.of(name);
    }

    /** Drops the test database {@code database} (its owner tvs_it may); the next {@link #freshPostgresql} makes it anew. */
    static void dropPostgresql(String database) {
        try (Connection c = DriverManager.getConnection(postgresqlUrl("postgres"), PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the PostgreSQL test database " + database + ": " + e.getMessage(), e);
        }
    }

    private static boolean canConnect(String url) {
        try (Connection ignored = DriverManager.getConnection(url, PG_USER, PG_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
