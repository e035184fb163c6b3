package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staff identity provider of the ITs: Keycloak's server distribution (unpacked by the build
 * into {@code target/keycloak}), started once per test JVM in development mode on its own file
 * database, with the realm of {@code src/test/resources/keycloak/tvs-realm.json}: the portal's
 * client (PKCE S256 required) and staff with a known TOTP secret, so a sign-in is really
 * two-factor. Keycloak needs JDK 21 or newer, found under /usr/lib/jvm.
 */
final class KeycloakServer {

    static final String REALM = "tvs";
    static final String CLIENT_ID = "tvs-portal";
    static final String CLIENT_SECRET = "tvs-portal-test-secret";
    /** The realm file's password for every staff member. */
    static final String STAFF_PASSWORD = "tvs-staff-test";
    private static final String ADMIN_PASSWORD = "it-keycloak-admin";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(Integer.getInteger("tvs.it.start.timeout.minutes", 8));
    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static KeycloakServer shared;

    private final Path home;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    /** Keycloak's port: 18080 plus the ITs' port offset, like WildFly's 8080 plus it. */
    static int port() {
        return 18080 + PortalServer.sharedPortOffset();
    }

    static String issuer() {
        return "http://127.0.0.1:" + port() + "/realms/" + REALM;
    }

    /** What the shared portal needs to send staff here; Keycloak itself starts only when a test asks for it. */
    static Map<String, String> portalEnvironment() {
        return Map.of("TVS_OIDC_ISSUER", issuer(), "TVS_OIDC_CLIENT_ID", CLIENT_ID, "TVS_OIDC_CLIENT_SECRET", CLIENT_SECRET);
    }

    static synchronized KeycloakServer shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private static KeycloakServer start() throws IOException {
        Path home = Path.of(System.getProperty("tvs.it.keycloak.dir", "target/keycloak/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak in " + home.toAbsolutePath()
                    + ": the ear build unpacks it there in pre-integration-test (./mvnw -pl ear -am verify)");
        }
        Path javaHome = javaHome21();
        // a fresh database each run: the realm file is the whole truth
        ItDatabase.deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/tvs-realm.json")) {
            Files.copy(realm, home.resolve("data/import/tvs-realm.json"));
        }
        Path log = PortalServer.workDir().resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port(),
                "--http-management-port=" + (port() + 1000), "--import-realm")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KC_TVS_PORTAL_URL", "http://127.0.0.1:" + (8080 + PortalServer.sharedPortOffset()));
        KeycloakServer server = new KeycloakServer(home, builder.start());
        server.awaitReady(log);
        return server;
    }

    /** The newest JDK of 21 or later under /usr/lib/jvm (Keycloak 26 needs it; the portal stays on 17+). */
    static Path javaHome21() throws IOException {
        Optional<Path> found;
        try (Stream<Path> jvms = Files.isDirectory(JVMS) ? Files.list(JVMS) : Stream.empty()) {
            found = jvms.filter(jvm -> Files.isExecutable(jvm.resolve("bin/java")) && featureVersion(jvm) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::featureVersion));
        }
        return found.orElseThrow(() -> new IllegalStateException("Keycloak needs JDK 21 or newer and none was found under "
                + JVMS + " (a folder with bin/java and a 'release' file saying JAVA_VERSION=\"21\" or later). "
                + "Install one, e.g. Temurin 25 in /usr/lib/jvm/temurin-25-jdk-amd64."));
    }

    private static int featureVersion(Path jvm) {
        Properties release = new Properties();
        try (var in = Files.newInputStream(jvm.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return 0;
        }
        Matcher major = Pattern.compile("\"?(\\d+)").matcher(release.getProperty("JAVA_VERSION", ""));
        return major.find() ? Integer.parseInt(major.group(1)) : 0;
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (discovery.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            PortalServer.sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** The realm's access token lifespan, through the admin REST API. */
    void setAccessTokenLifespan(Duration lifespan) {
        admin("PUT", "/admin/realms/" + REALM, "{\"accessTokenLifespan\":" + lifespan.toSeconds() + "}");
    }

    /** Enables or disables a staff member at the provider, through the admin REST API. */
    void setEnabled(String username, boolean enabled) {
        String users = admin("GET", "/admin/realms/" + REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(users);
        if (!id.find()) {
            throw new IllegalStateException("no user " + username + " in realm " + REALM + ": " + users);
        }
        admin("PUT", "/admin/realms/" + REALM + "/users/" + id.group(1), "{\"enabled\":" + enabled + "}");
    }

    private String admin(String method, String path, String json) {
        try {
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port()
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                            + ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
            if (!accessToken.find()) {
                throw new IllegalStateException("Keycloak's admin sign-in failed: " + token.body());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                    .header("Authorization", "Bearer " + accessToken.group(1)).header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path home() {
        return home;
    }
}
