package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of the test cluster, started in the foreground from the repository's own
 * {@code ops/haproxy.cfg} with the addresses in its environment, and stopped with the test.
 */
final class ItBalancer {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final int port;
    private final Process process;

    private ItBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static ItBalancer start(int port, List<String> nodes, Path log) throws IOException {
        Path config = Path.of(System.getProperty("tvs.it.haproxy.config", "../ops/haproxy.cfg"));
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is not installed at " + HAPROXY + ": apt-get install haproxy (.ci/run does)");
        }
        ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TVS_LB_BIND", "127.0.0.1:" + port);
        for (int i = 0; i < nodes.size(); i++) {
            builder.environment().put("TVS_NODE" + (i + 1), nodes.get(i));
        }
        ItBalancer balancer = new ItBalancer(port, builder.start());
        balancer.awaitServing(log);
        return balancer;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitServing(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + "; see " + log);
            }
            if (PortalServer.answersReady(client, baseUrl())) {
                return;
            }
            PortalServer.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("HAProxy did not pass requests on within a minute; see " + log);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

}
