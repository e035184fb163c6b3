package nl.dictu.tvs.portal.bench;

import nl.dictu.tvs.portal.it.PortalServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The portal the load benchmark runs against: the provisioned server with a base folder of its
 * own (as the ITs make it), on a fresh copy of the generated H2 database, so every run starts from
 * the same data.
 */
final class LoadBenchServer {

    private LoadBenchServer() {
    }

    static PortalServer start(Path generatedDatabase) throws IOException {
        if (!Files.isRegularFile(generatedDatabase)) {
            throw new IllegalStateException("No generated database at " + generatedDatabase
                    + "; make it first: MAVEN_OPTS=-Xmx6g ./mvnw -q -pl workflow -am test-compile "
                    + "exec:java@load-bench-database -Dexec.args=\"<applications>\"");
        }
        Path work = PortalServer.workDir();
        Path data = work.resolve("data");
        Files.createDirectories(data);
        Files.copy(generatedDatabase, data.resolve("tvs.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(data.resolve("tvs.trace.db"));
        Path base = PortalServer.freshServerBase("server");
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, PortalServer.sharedPortOffset(), Map.of(
                "TVS_DB_KIND", "H2",
                "TVS_DATA_DIR", data.toAbsolutePath().toString(),
                "TVS_DB_URL", "jdbc:h2:file:" + data.toAbsolutePath().resolve("tvs") + ";DB_CLOSE_ON_EXIT=FALSE",
                "TVS_SMTP_PORT", "1"),
                work.resolve("server.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        long start = System.nanoTime();
        server.start();
        System.out.printf("Portal ready at %s after %d s (log: %s)%n", server.baseUrl(),
                (System.nanoTime() - start) / 1_000_000_000L, server.log());
        return server;
    }
}
