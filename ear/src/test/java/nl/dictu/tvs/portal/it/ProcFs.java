package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What Linux's {@code /proc} says about a process's threads. */
final class ProcFs {

    /** Linux reports a thread's CPU time in clock ticks of USER_HZ, which is 100 on every architecture it runs on. */
    private static final long MILLIS_PER_TICK = 10;

    private ProcFs() {
    }

    /**
     * The user and system CPU time of each of the process's threads whose name starts with the prefix, by thread id;
     * empty where there is no {@code /proc} or it could not be read. A thread that ends is no longer listed.
     */
    static Optional<Map<Long, Duration>> threadsCpuTime(long pid, String namePrefix) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            Map<Long, Duration> times = new HashMap<>();
            threads.filter(thread -> name(thread).startsWith(namePrefix)).forEach(thread -> ticks(thread).ifPresent(
                    ticks -> times.put(Long.parseLong(thread.getFileName().toString()),
                            Duration.ofMillis(ticks * MILLIS_PER_TICK))));
            return Optional.of(times);
        } catch (IOException | RuntimeException e) {
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
    private static Optional<Long> ticks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the thread ended
        }
    }
}
