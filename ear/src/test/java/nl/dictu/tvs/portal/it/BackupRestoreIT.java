package nl.dictu.tvs.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import nl.dictu.tvs.portal.it.faults.ItFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore of docs/operations/backups.md, tried once: a portal on a PostgreSQL database of its own
 * ({@value #DEFAULT_DATABASE}, {@code -Dtvs.it.backup.database}) gets applications, {@code pg_dump
 * --format=custom} dumps it while it runs, the portal stops, the database is dropped and made anew
 * empty, {@code pg_restore} fills it, and the portal started on it shows the same applications
 * (references, statuses, next steps) over HTTP, and its process instances go on: a reviewer completes
 * a task, and the engine's job runs the step after it. Port offset {@code -Dtvs.it.backup.port.offset}
 * (default the shared server's plus 150).
 */
@Tag("postgresql-only")
class BackupRestoreIT {

    private static final String DEFAULT_DATABASE = "tvs_it_backup";
    private static final String DATABASE = System.getProperty("tvs.it.backup.database", DEFAULT_DATABASE);
    private static final String EAR_NAME = "tvs-aansluitportaal.ear";

    private static PortalServer portal;

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.stop();
        }
    }

    @Test
    void shouldShowTheSameApplicationsAndGoOnWithThemAfterADumpDropAndRestore() throws Exception {
        Path work = PortalServer.workDir().resolve("backup");
        ItDatabase.deleteRecursively(work);
        Files.createDirectories(work);
        portal = startPortal(work);
        String registered = submitted();
        String waiting = submitted();
        ApiSession reviewer = new ApiSession(new PortalClient(portal.baseUrl()), DemoAccount.REVIEWER);
        assertThat(reviewer.complete(reviewer.awaitTask(registered, "registerApplication"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        reviewer.awaitTask(registered, "arrangeDigidConnection");
        String waitingTask = reviewer.awaitTask(waiting, "registerApplication");
        Map<String, String> before = applications();
        assertThat(before).containsKeys(registered, waiting);

        Path dump = work.resolve("tvs.dump");
        run(work, "pg_dump", "--format=custom", "--file=" + dump, "--host=127.0.0.1", "--username=" + ItDatabase.PG_USER, DATABASE);
        portal.stop();
        ItDatabase.dropPostgresql(DATABASE);
        ItDatabase.ensurePostgresRunning(work, DATABASE);
        run(work, "pg_restore", "--dbname=" + DATABASE, "--host=127.0.0.1", "--username=" + ItDatabase.PG_USER,
                "--no-owner", "--exit-on-error", dump.toString());
        portal.start();

        assertThat(applications()).as("references, statuses and next steps after the restore").isEqualTo(before);
        ApiSession afterRestore = new ApiSession(new PortalClient(portal.baseUrl()), DemoAccount.REVIEWER);
        assertThat(afterRestore.awaitTask(waiting, "registerApplication")).as("the same task of the same instance").isEqualTo(waitingTask);
        assertThat(afterRestore.complete(waitingTask, "{\"accepted\":true}").statusCode()).isEqualTo(204);
        afterRestore.awaitTask(waiting, "arrangeDigidConnection");
        assertThat(Files.readString(portal.log())).contains("(0 migrations applied now)");
    }

    private static PortalServer startPortal(Path work) throws IOException {
        Map<String, String> env = new HashMap<>(ItDatabase.freshPostgresql(work, DATABASE));
        env.put("TVS_DEMO_MODE", "true");
        env.put("TVS_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        env.putAll(ItMail.serverEnvironment());
        env.putAll(ItPki.serverEnvironment(work));
        int offset = Integer.getInteger("tvs.it.backup.port.offset", PortalServer.sharedPortOffset() + 150);
        env.put("TVS_PUBLIC_URL", "http://127.0.0.1:" + (8080 + offset));
        Path base = PortalServer.freshServerBase("backup-server");
        ItFaults.installInto(base.resolve("deployments").resolve(EAR_NAME));
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, offset, env, work.resolve("server.log"));
        server.start();
        return server;
    }

    private static String submitted() {
        ApiSession applicant = new ApiSession(new PortalClient(portal.baseUrl()), DemoAccount.APPLICANT);
        HttpResponse<String> submitted = applicant.post("/api/applications",
                ConnectionRequestIT.submission(ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiSession.field(submitted.body(), "reference");
    }

    /** The applicant's applications over the API: reference to status and open tasks. */
    private static Map<String, String> applications() {
        HttpResponse<String> mine = new ApiSession(new PortalClient(portal.baseUrl()), DemoAccount.APPLICANT).get("/api/applications");
        assertThat(mine.statusCode()).isEqualTo(200);
        Map<String, String> found = new HashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(mine.body()))) {
            for (JsonObject application : reader.readArray().getValuesAs(JsonObject.class)) {
                List<String> tasks = application.getJsonArray("openTasks").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("taskKey") + "@" + t.getString("taskId")).toList();
                found.put(application.getString("reference"), application.getString("status") + " " + tasks);
            }
        }
        return found;
    }

    /** Runs a PostgreSQL client program of Debian's cluster's version, as tvs_it; fails with its output. */
    private static void run(Path work, String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ItDatabase.postgresqlTool(tool).toString()));
        command.addAll(List.of(arguments));
        Path output = work.resolve(tool + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PGPASSWORD", ItDatabase.PG_PASSWORD);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " ends").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + Files.readString(output)).isZero();
    }
}
