package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second server, on other ports and with its own base directory, pointed at a PostgreSQL URL
 * where nothing listens: start-up must fail fast with one clear line that names the variable.
 */
@Tag("h2-only")
class UnreachableDatabaseIT {

    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{2}:\\d{2}:\\d{2},\\d{3}) ");
    private static final DateTimeFormatter WILDFLY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss,SSS");

    @Test
    void shouldFailFastWithOneLineNamingTheVariableToFix() throws Exception {
        Path base = PortalServer.freshServerBase("unreachable-db");
        Path log = base.getParent().resolve("server.log");
        PortalServer server = new PortalServer(PortalServer.serverHome(), base, PortalServer.sharedPortOffset() + 200,
                Map.of("TVS_DB_KIND", "PostgreSQL", "TVS_DEMO_MODE", "true",
                        "TVS_DB_URL", "jdbc:postgresql://127.0.0.1:1/tvs",
                        "TVS_DB_USER", "tvs", "TVS_DB_PASSWORD", "tvs"), log);
        try {
            server.launch();
            Optional<String> failure = awaitLine(log, "Cannot connect to the PostgreSQL database", Duration.ofMinutes(6));

            assertThat(failure).as("the start-up failure line in " + log).isPresent();
            assertThat(failure.get()).contains("TVS_DB_URL").contains("Connection").contains("SEVERE").doesNotContain("\tat ");
            List<String> lines = Files.readAllLines(log);
            assertThat(lines.stream().filter(l -> LOG_TIME.matcher(stripColour(l)).find())
                    .filter(l -> l.contains("Cannot connect to the PostgreSQL database")).count())
                    .as("exactly one log record says what is wrong").isEqualTo(1);
            String firstRecord = lines.stream().filter(l -> LOG_TIME.matcher(stripColour(l)).find()).findFirst().orElseThrow();
            String attempt = lines.stream().filter(l -> l.contains("Connecting to the PostgreSQL database")).findFirst().orElseThrow();
            System.out.printf("Unreachable database: start-up failed %d s after the server started, %d s after the attempt%n",
                    secondsBetween(firstRecord, failure.get()), secondsBetween(attempt, failure.get()));
            // Boot time depends on the machine's load; what the portal controls is not hanging on the attempt.
            assertThat(secondsBetween(attempt, failure.get())).as("from the connection attempt to the failure")
                    .isLessThanOrEqualTo(15);
            assertThat(PortalClient.forSharedServer().get("/api/health/ready").statusCode())
                    .as("the shared server is unaffected").isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    private static Optional<String> awaitLine(Path log, String text, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                Optional<String> line = Files.readAllLines(log).stream().filter(l -> l.contains(text)).findFirst();
                if (line.isPresent()) {
                    return line;
                }
            }
            PortalServer.sleep(Duration.ofMillis(500));
        }
        return Optional.empty();
    }

    private static long secondsBetween(String firstLine, String failureLine) {
        return Duration.between(timeOf(firstLine), timeOf(failureLine)).toSeconds();
    }

    private static String stripColour(String line) {
        return line.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static LocalTime timeOf(String line) {
        Matcher m = LOG_TIME.matcher(stripColour(line));
        assertThat(m.find()).as("a WildFly log line with a time: " + line).isTrue();
        return LocalTime.parse(m.group(1), WILDFLY_TIME);
    }
}
