package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.dictu.tvs.portal.it.faults.ItFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One provisioned WildFly with the portal, started as a separate process with
 * {@code bin/standalone.sh}, on its own ports and with its own environment, and stopped
 * gracefully (SIGTERM, as Ctrl+C would).
 */
public final class PortalServer {

    /** -Dtvs.it.start.timeout.minutes=N: how long a boot may take; generous, as machines may be busy with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(Integer.getInteger("tvs.it.start.timeout.minutes", 8));
    private static PortalServer shared;

    private static final String EAR_NAME = "tvs-aansluitportaal.ear";

    private final Path serverHome;
    private final Path baseDir;
    private final int portOffset;
    private final Map<String, String> environment;
    private final Path log;
    private final java.util.List<String> arguments;
    private Process process;

    public PortalServer(Path serverHome, Path baseDir, int portOffset, Map<String, String> environment, Path log) {
        this(serverHome, baseDir, portOffset, environment, log, java.util.List.of());
    }

    /** A server started with further {@code standalone.sh} arguments, such as {@code -Djboss.node.name=node1}. */
    public PortalServer(Path serverHome, Path baseDir, int portOffset, Map<String, String> environment, Path log,
                        java.util.List<String> arguments) {
        this.serverHome = serverHome;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.arguments = java.util.List.copyOf(arguments);
    }

    /** The server all tests of this JVM share, started on first use with a fresh database. */
    public static synchronized PortalServer shared() {
        if (shared == null) {
            try {
                Path work = workDir();
                ItDatabase database = ItDatabase.current();
                Map<String, String> env = new HashMap<>(database.prepareFreshDatabase(work));
                env.putAll(ItMail.serverEnvironment());
                env.putAll(ItPki.serverEnvironment(work));
                // links in mail point here, whatever Host a request carried
                env.put("TVS_PUBLIC_URL", "http://127.0.0.1:" + (8080 + sharedPortOffset()));
                // the tests play the proxy: X-Forwarded-For names the client (ThrottleIT, RateLimitIT)
                env.put("TVS_TRUSTED_PROXIES", "127.0.0.1");
                // staff may also sign in at the test Keycloak, which starts only when a test needs it (StaffProviderSignInIT)
                env.putAll(KeycloakServer.portalEnvironment());
                // a copy of its own, whose EAR carries the test-only fault injection
                Path base = freshServerBase("shared-" + database.name().toLowerCase());
                ItFaults.installInto(base.resolve("deployments").resolve(EAR_NAME));
                shared = new PortalServer(serverHome(), base,
                        sharedPortOffset(), env,
                        work.resolve("server-" + database.name().toLowerCase() + ".log"));
                shared.start();
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /** The server's own base directory ({@code configuration}, {@code deployments}, {@code data}). */
    public Path baseDir() {
        return baseDir;
    }

    public static int sharedPortOffset() {
        return Integer.getInteger("tvs.it.port.offset", 100);
    }

    /**
     * A base directory of its own (configuration and deployments copied from the provisioned
     * server) under the work directory, for a second server next to the shared one.
     */
    public static Path freshServerBase(String name) throws IOException {
        Path base = workDir().resolve(name).resolve("standalone");
        ItDatabase.deleteRecursively(base.getParent());
        Path source = serverHome().resolve("standalone");
        for (String dir : java.util.List.of("configuration", "deployments")) {
            try (var paths = Files.walk(source.resolve(dir))) {
                for (Path p : paths.toList()) {
                    Path to = base.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return base;
    }

    public static Path serverHome() {
        return Path.of(System.getProperty("tvs.server.dir", "target/server"));
    }

    public static Path workDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("tvs.it.work.dir", "target/it")));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    /** The health listener, on WildFly's management address (loopback). */
    public String healthListenerUrl() {
        return "http://127.0.0.1:" + (9991 + portOffset);
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Path log() {
        return log;
    }

    /** Starts the process and returns at once; {@link #start()} also waits until it is ready. */
    public void launch() throws IOException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(serverHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-b", "127.0.0.1"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(serverHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TVS_"));
        env.putAll(environment);
        // standalone.sh forwards SIGTERM to the JVM only when it runs it in the background
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
    }

    public void start() throws IOException {
        launch();
        awaitReady();
    }

    public void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + process.exitValue() + "; see " + log);
            }
            if (answersReady(client, baseUrl())) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The portal was not ready within " + START_TIMEOUT + "; see " + log
                + threadDump().map(dump -> " and the threads at that moment in " + dump).orElse(""));
    }

    /**
     * The server JVM's threads, written beside its log with the JDK's jcmd, so a start that hangs
     * shows where it waits; empty when no dump could be taken.
     */
    private Optional<Path> threadDump() {
        Path dump = log.resolveSibling(log.getFileName() + ".threads.txt");
        Optional<ProcessHandle> jvm = jvm();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (jvm.isEmpty() || !Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        try {
            Process taken = new ProcessBuilder(jcmd.toString(), String.valueOf(jvm.get().pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            return taken.waitFor(60, TimeUnit.SECONDS) && taken.exitValue() == 0 ? Optional.of(dump)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The server's JVM: the java process the start script runs. */
    private Optional<ProcessHandle> jvm() {
        return process == null ? Optional.empty() : process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    /** The CPU time the server's JVM has used so far, all its threads together; empty where the system does not say. */
    public Optional<Duration> cpuTime() {
        return jvm().flatMap(p -> p.info().totalCpuDuration());
    }

    /**
     * The CPU time each thread that serves requests (WildFly's "default task-N" threads) has used so far, by thread id,
     * read from Linux's {@code /proc}; empty elsewhere. The pool starts and ends such threads as the load changes, and
     * a thread that ended is no longer listed, so a sum over time needs readings often enough to see each thread.
     */
    public Optional<Map<Long, Duration>> requestThreadsCpuTime() {
        return jvm().flatMap(p -> ProcFs.threadsCpuTime(p.pid(), "default task-"));
    }

    /** Whether {@code /api/health/ready} at the address answers 200 now. */
    static boolean answersReady(HttpClient client, String baseUrl) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // the JVM is a child of standalone.sh; make sure it is gone before anyone reuses the ports
            for (ProcessHandle child : process.descendants().toList()) {
                child.destroy();
                child.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Ends the server's JVM with SIGKILL, as a crash would: no shutdown, no cleanup. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        java.util.List<ProcessHandle> jvm = process.descendants().toList();
        jvm.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            // returns once the JVM is gone and its ports refuse connections
            for (ProcessHandle handle : jvm) {
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The killed server's JVM did not end", e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void restart() throws IOException {
        stop();
        start();
    }

    public Map<String, String> withEnvironment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(extra);
        return env;
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
