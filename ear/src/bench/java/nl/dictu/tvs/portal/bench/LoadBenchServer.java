package nl.dictu.tvs.portal.bench;

import nl.dictu.tvs.portal.it.ItDatabase;
import nl.dictu.tvs.portal.it.PortalClient;
import nl.dictu.tvs.portal.it.PortalServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal the load benchmark runs against: the provisioned server with a base folder of its
 * own (as the ITs make it), on a fresh copy of the generated database, so every run starts from
 * the same data: the H2 file copied, or on PostgreSQL the generated database copied as a template
 * ({@code copy-postgresql-database.sh}).
 */
final class LoadBenchServer {

    /** The database every PostgreSQL run works on, remade from the generated one at every start. */
    static final String POSTGRESQL_RUN_DATABASE = "tvs_bench_run";
    /** Timers keep coming due in a large database; this many or fewer is the engine keeping up. */
    private static final long DUE_JOBS_SETTLED = 10;
    private static final Duration DUE_JOBS_PATIENCE = Duration.ofMinutes(15);
    private static final Pattern DUE_JOBS = Pattern.compile("\"jobsDue\":\\{\"status\":\"UP\",\"detail\":\"(\\d+) jobs due\"");

    private LoadBenchServer() {
    }

    static PortalServer start(LoadBenchDatabaseKind kind, int applications, Path generatedH2) throws IOException {
        Path work = PortalServer.workDir();
        Path data = work.resolve("data");
        ItDatabase.deleteRecursively(data);
        Files.createDirectories(data);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TVS_DATA_DIR", data.toAbsolutePath().toString());
        env.put("TVS_SMTP_PORT", "1");
        // generated organisations and certificates of the demo CA: demo mode on either database (H2 implies it)
        env.put("TVS_DEMO_MODE", "true");
        if (kind == LoadBenchDatabaseKind.POSTGRESQL) {
            String generated = "tvs_bench_" + applications;
            copyPostgresql(work, generated);
            env.put("TVS_DB_KIND", "PostgreSQL");
            env.put("TVS_DB_URL", ItDatabase.postgresqlUrl(POSTGRESQL_RUN_DATABASE));
            env.put("TVS_DB_USER", ItDatabase.PG_USER);
            env.put("TVS_DB_PASSWORD", ItDatabase.PG_PASSWORD);
        } else {
            if (!Files.isRegularFile(generatedH2)) {
                throw new IllegalStateException("No generated database at " + generatedH2
                        + "; make it first: MAVEN_OPTS=-Xmx6g ./mvnw -q -pl workflow -am test-compile "
                        + "exec:java@load-bench-database -Dexec.args=\"<applications>\"");
            }
            Files.copy(generatedH2, data.resolve("tvs.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            env.put("TVS_DB_KIND", "H2");
            env.put("TVS_DB_URL", "jdbc:h2:file:" + data.toAbsolutePath().resolve("tvs") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        Path base = PortalServer.freshServerBase("server");
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, PortalServer.sharedPortOffset(), env,
                work.resolve("server.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        long start = System.nanoTime();
        server.start();
        System.out.printf("Portal ready at %s on %s after %d s (log: %s)%n", server.baseUrl(), kind.label(),
                (System.nanoTime() - start) / 1_000_000_000L, server.log());
        awaitFirstDashboard(server.baseUrl());
        awaitDueJobs(server.healthListenerUrl());
        return server;
    }

    /**
     * A portal that has run has a stored dashboard, which a start serves at once; a generated database has none, so
     * its first build (which no restart waits for) is done before the sessions begin.
     */
    private static void awaitFirstDashboard(String baseUrl) {
        long start = System.nanoTime();
        PortalClient reviewer = new PortalClient(baseUrl);
        boolean signedIn = false;
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                // a server just started on a large database may answer its first sign-in late: try again
                signedIn = signedIn || reviewer.signIn("bench-reviewer-1", PortalLoadSimulation.PASSWORD).statusCode() == 200;
                if (signedIn && reviewer.get("/reviewer/dashboard.xhtml").statusCode() == 200) {
                    System.out.printf("First dashboard built after %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
                    return;
                }
            } catch (IllegalStateException timedOut) {
                // still building: ask again
            }
            PortalServer.sleep(Duration.ofSeconds(5));
        }
        throw new IllegalStateException("The first dashboard was not built within 23 minutes");
    }

    /**
     * A generated database ages: the longer ago it was made, the more of its timers (reminders, escalations) are due
     * when a run starts, and the engine first works them off, with their mails (an escalation mails every reviewer:
     * at 100,000 applications and 200 bench reviewers, 800 escalations made 52,000 mails in the first 70 s of a run).
     * That is what a portal meets after a stop, not the pages under their daily load, so the sessions wait for it;
     * how long it took is printed. The count comes from the health listener's readiness detail.
     */
    private static void awaitDueJobs(String healthListenerUrl) {
        long start = System.nanoTime();
        long first = -1;
        boolean settledBefore = false;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(healthListenerUrl + "/api/health/ready"))
                .timeout(Duration.ofSeconds(30)).build();
        while (System.nanoTime() - start < DUE_JOBS_PATIENCE.toNanos()) {
            long due = dueJobs(client, ready);
            first = first < 0 ? due : first;
            // twice in a row: a timer that fires makes jobs of its own (its mails), due at once
            boolean settled = due <= DUE_JOBS_SETTLED;
            if (settled && settledBefore) {
                System.out.printf("%d jobs were due after the start; %d after %d s%n", first, due,
                        (System.nanoTime() - start) / 1_000_000_000L);
                return;
            }
            settledBefore = settled;
            PortalServer.sleep(Duration.ofSeconds(5));
        }
        System.out.printf("%d jobs were due after the start; still more than %d after %d s: the run measures a busy engine%n",
                first, DUE_JOBS_SETTLED, DUE_JOBS_PATIENCE.toSeconds());
    }

    private static long dueJobs(HttpClient client, HttpRequest ready) {
        try {
            Matcher due = DUE_JOBS.matcher(client.send(ready, HttpResponse.BodyHandlers.ofString()).body());
            if (!due.find()) {
                throw new IllegalStateException("The health listener did not say how many jobs are due");
            }
            return Long.parseLong(due.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyPostgresql(Path work, String generated) throws IOException {
        ItDatabase.ensurePostgresRunning(work, "tvs_it"); // the cluster up; never makes the generated one empty
        Path script = Path.of(System.getProperty("bench.scripts", "src/bench")).resolve("copy-postgresql-database.sh");
        Path log = work.resolve("copy-postgresql-database.log");
        Process process = new ProcessBuilder("bash", script.toString(), generated, POSTGRESQL_RUN_DATABASE)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Could not copy " + generated + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
