package nl.dictu.tvs.portal.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Arms and disarms the test-only fault injection ({@link ItFaultsPlugin}) of a server the tests
 * started, and puts the plugin into that server's own copy of the EAR.
 */
public final class ItFaults {

    static final String FILE_NAME = "it-faults";
    static final String HOLDS_FILE_NAME = "it-holds";
    static final String HELD_PREFIX = "it-held-";

    private ItFaults() {
    }

    /** Adds {@code lib/it-faults.jar} (built by the ear module's {@code it-faults-jar} execution) to the EAR. */
    public static void installInto(Path ear) {
        Path jar = Path.of(System.getProperty("tvs.it.faults.jar", "target/it-faults.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The test-only fault plugin " + jar + " is missing; run the ear module's build");
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + ear.toUri()), Map.of())) {
            Files.copy(jar, zip.getPath("lib", "it-faults.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the service task {@code activityId} fails at every start, until disarmed. */
    public static void set(Path serverBaseDir, String activityId, boolean failing) {
        update(serverBaseDir.resolve("data").resolve(FILE_NAME), activityId, failing);
    }

    /**
     * From now on the service task {@code activityId} stops at its start, inside its job's
     * transaction, until released: a test can kill the node there ({@link #isHeld}).
     */
    public static void hold(Path serverBaseDir, String activityId, boolean holding) {
        try {
            Files.deleteIfExists(serverBaseDir.resolve("data").resolve(HELD_PREFIX + activityId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(serverBaseDir.resolve("data").resolve(HOLDS_FILE_NAME), activityId, holding);
    }

    /**
     * The hold point at the end of the service task {@code activityId}: its work done (documents
     * issued, mail queued), its job's transaction not yet committed. For {@link #hold} and {@link #isHeld}.
     */
    public static String atEnd(String activityId) {
        return activityId + "@end";
    }

    /** Whether the server has stopped a job at {@code activityId} since {@link #hold} armed it. */
    public static boolean isHeld(Path serverBaseDir, String activityId) {
        return Files.exists(serverBaseDir.resolve("data").resolve(HELD_PREFIX + activityId));
    }

    private static synchronized void update(Path file, String activityId, boolean armedNow) {
        try {
            Set<String> armed = new LinkedHashSet<>(Files.exists(file) ? Files.readAllLines(file) : java.util.List.of());
            if (armedNow) {
                armed.add(activityId);
            } else {
                armed.remove(activityId);
            }
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.write(next, armed, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
