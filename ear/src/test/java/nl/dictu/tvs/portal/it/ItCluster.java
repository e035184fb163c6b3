package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.it.faults.ItFaults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two portal nodes of the clustered server (ear/target/server-cluster, layer web-clustering) on
 * one PostgreSQL database of their own ({@value #DATABASE}) and one shared data directory, each
 * from its own copy of the provisioned server, behind HAProxy with the repository's
 * {@code ops/haproxy.cfg}. Node 1 runs the history cleanup, node 2 does not; both run the job
 * executor. Each node reaches GreenMail through a relay of the test's ({@link ItSmtpHold}). Ports: offsets {@code tvs.it.cluster.port.offset} (default 300) and
 * {@code tvs.it.cluster.second.port.offset} (default 100 more), the
 * balancer on 8090 plus the first offset.
 */
final class ItCluster implements AutoCloseable {

    /** {@code -Dtvs.it.cluster.database}: another name, e.g. while another checkout runs its ClusterIT. */
    static final String DATABASE = System.getProperty("tvs.it.cluster.database", "tvs_it_cluster");
    private static final String EAR_NAME = "tvs-aansluitportaal.ear";
    private static final int JGROUPS_TCP = 7600;
    /** The test-only plugin lets a dead node's job locks expire this soon (Camunda's own default: 5 minutes). */
    private static final String JOB_LOCK_MILLIS = "20000";
    /** A dead node's claim on an outbox mail expires this soon (the product's default: 5 minutes). */
    private static final String OUTBOX_LEASE = "PT15S";

    private final List<PortalServer> nodes = new ArrayList<>();
    private final List<ItSmtpHold> smtpHolds = new ArrayList<>();
    private ItBalancer balancer;

    private ItCluster() {
    }

    static ItCluster start() throws IOException {
        ItCluster cluster = new ItCluster();
        try {
            cluster.launch();
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void launch() throws IOException {
        int firstOffset = Integer.getInteger("tvs.it.cluster.port.offset", 300);
        List<Integer> offsets = List.of(firstOffset, Integer.getInteger("tvs.it.cluster.second.port.offset", firstOffset + 100));
        Path work = PortalServer.workDir().resolve("cluster");
        ItDatabase.deleteRecursively(work);
        Path sharedData = Files.createDirectories(work.resolve("shared-data"));

        Map<String, String> env = new HashMap<>(ItDatabase.freshPostgresql(work, DATABASE));
        env.put("TVS_DEMO_MODE", "true");
        env.put("TVS_DATA_DIR", sharedData.toString());
        env.putAll(ItPki.serverEnvironment(work));
        env.put("TVS_PUBLIC_URL", "http://127.0.0.1:" + balancerPort(firstOffset));
        // only the balancer (and the tests, which play it) may name the client in X-Forwarded-For
        env.put("TVS_TRUSTED_PROXIES", "127.0.0.1");
        env.put("TVS_OUTBOX_LEASE", OUTBOX_LEASE);
        env.put("TVS_CLUSTER_PEERS", String.join(",",
                offsets.stream().map(o -> "127.0.0.1[" + (JGROUPS_TCP + o) + "]").toList()));

        for (int i = 0; i < offsets.size(); i++) {
            String name = "node" + (i + 1);
            Path home = copyOfServer(work.resolve(name));
            ItFaults.installInto(home.resolve("standalone/deployments").resolve(EAR_NAME));
            Map<String, String> nodeEnv = new HashMap<>(env);
            nodeEnv.put("TVS_HISTORY_CLEANUP", String.valueOf(i == 0));
            ItSmtpHold smtp = ItSmtpHold.toGreenMail();
            smtpHolds.add(smtp);
            nodeEnv.putAll(smtp.serverEnvironment());
            nodes.add(new PortalServer(home, home.resolve("standalone"), offsets.get(i), nodeEnv,
                    work.resolve(name + ".log"), List.of("-Djboss.node.name=" + name, "-Dtvs.it.job.lock.millis=" + JOB_LOCK_MILLIS)));
        }
        // one at a time on a new database: the first creates the schema and the demo data
        for (PortalServer node : nodes) {
            node.start();
        }
        balancer = ItBalancer.start(balancerPort(firstOffset),
                nodes.stream().map(n -> n.baseUrl().substring("http://".length())).toList(), work.resolve("haproxy.log"));
    }

    private static int balancerPort(int firstOffset) {
        return 8090 + firstOffset;
    }

    /** The whole provisioned server, copied: two WildFly processes never share a server folder. */
    private static Path copyOfServer(Path target) throws IOException {
        Path source = Path.of(System.getProperty("tvs.cluster.server.dir", "target/server-cluster"));
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The clustered server " + source + " is missing: it is provisioned before the "
                    + "integration tests unless -Dtvs.it.postgresql.skip=true (or -Dtvs.it.cluster.skip=true)");
        }
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    String balancerUrl() {
        return balancer.baseUrl();
    }

    PortalServer node(int number) {
        return nodes.get(number - 1);
    }

    /** The node named in the balancer's sticky cookie ({@code node1}, {@code node2}). */
    PortalServer node(String cookieValue) {
        return node(Integer.parseInt(cookieValue.substring("node".length())));
    }

    /** The test's relay between node {@code number} and the SMTP server, which can hold its mail. */
    ItSmtpHold smtp(int number) {
        return smtpHolds.get(number - 1);
    }

    PortalServer other(PortalServer node) {
        return nodes.get(0) == node ? nodes.get(1) : nodes.get(0);
    }

    /** A single number from the cluster's database, e.g. a count. */
    long queryLong(String sql, Object... parameters) {
        return query(sql, Number.class, parameters).longValue();
    }

    /** The first column of the first row, as the given type. */
    <T> T query(String sql, Class<T> type, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return type.cast(r.getObject(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the upload limit's counters afresh, for a test that uploads more files in minutes than the
     * limit lets one person upload in ten (the limit itself is RateLimitIT's concern).
     */
    void forgetUploadLimit() {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM request_limit WHERE limit_key LIKE 'limit:upload:%'")) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the upload limit: " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(ItDatabase.postgresqlUrl(DATABASE), ItDatabase.PG_USER, ItDatabase.PG_PASSWORD);
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
        }
        nodes.forEach(PortalServer::stop);
        smtpHolds.forEach(ItSmtpHold::close);
    }
}
