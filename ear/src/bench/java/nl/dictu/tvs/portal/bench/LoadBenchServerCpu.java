package nl.dictu.tvs.portal.bench;

import nl.dictu.tvs.portal.it.PortalServer;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's CPU time over the steady window, read when the window opens and when it closes: the work a mix of
 * pages costs, which a busy shared machine moves much less than it moves response times. Twice: the whole JVM (the
 * engine's jobs, the outbox, the JIT compiler and the collector too) and the threads that serve the requests only.
 */
final class LoadBenchServerCpu {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-server-cpu");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Reading atOpen;
    private volatile Reading atClose;

    private record Reading(Optional<Duration> jvm, Optional<Duration> requestThreads) {

        static Reading of(PortalServer server) {
            return new Reading(server.cpuTime(), server.requestThreadsCpuTime());
        }
    }

    /** Reads the server's CPU time at both ends of the window (epoch milliseconds). */
    void measure(PortalServer server, long fromMillis, long untilMillis) {
        long now = System.currentTimeMillis();
        clock.schedule(() -> atOpen = Reading.of(server), Math.max(0, fromMillis - now), TimeUnit.MILLISECONDS);
        clock.schedule(() -> atClose = Reading.of(server), Math.max(0, untilMillis - now), TimeUnit.MILLISECONDS);
    }

    /** The line for the result: the window's CPU seconds and what that is per request counted in it. */
    String line(int requests) {
        clock.shutdownNow();
        if (atOpen == null || atClose == null || requests == 0) {
            return "Server CPU in the window: not measured (the window did not close, or nothing was counted).";
        }
        return "Server CPU in the window, for " + requests + " requests: " + spent("the whole JVM", atOpen.jvm(),
                atClose.jvm(), requests) + "; " + spent("its request threads", atOpen.requestThreads(),
                atClose.requestThreads(), requests) + ".";
    }

    private static String spent(String what, Optional<Duration> from, Optional<Duration> until, int requests) {
        if (from.isEmpty() || until.isEmpty()) {
            return what + " not measured";
        }
        double millis = until.get().minus(from.get()).toNanos() / 1e6;
        return String.format(Locale.ROOT, "%s %.1f s, %.1f ms a request", what, millis / 1000, millis / requests);
    }
}
