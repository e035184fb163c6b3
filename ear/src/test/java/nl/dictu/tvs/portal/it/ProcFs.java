package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** What Linux's {@code /proc} says about a process's threads. */
final class ProcFs {

    /** Linux reports a thread's CPU time in clock ticks of USER_HZ, which is 100 on every architecture it runs on. */
    private static final long MILLIS_PER_TICK = 10;

    private ProcFs() {
    }

    /**
     * The user and system CPU time of the process's threads whose name starts with the prefix; empty where there is no
     * {@code /proc} or it could not be read.
     */
    static Optional<Duration> threadsCpuTime(long pid, String namePrefix) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            long ticks = threads.filter(thread -> name(thread).startsWith(namePrefix)).mapToLong(ProcFs::ticks).sum();
            return Optional.of(Duration.ofMillis(ticks * MILLIS_PER_TICK));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the thread ended
        }
    }

    /** utime + stime: the 14th and 15th fields of {@code stat}, counted after the parenthesised name. */
    private static long ticks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended
        }
    }
}
