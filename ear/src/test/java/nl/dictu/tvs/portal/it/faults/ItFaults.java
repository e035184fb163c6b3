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
    public static synchronized void set(Path serverBaseDir, String activityId, boolean failing) {
        Path file = serverBaseDir.resolve("data").resolve(FILE_NAME);
        try {
            Set<String> armed = new LinkedHashSet<>(Files.exists(file) ? Files.readAllLines(file) : java.util.List.of());
            if (failing) {
                armed.add(activityId);
            } else {
                armed.remove(activityId);
            }
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(FILE_NAME + ".next");
            Files.write(next, armed, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
