package nl.dictu.tvs.portal.bench;

import nl.dictu.tvs.portal.it.PortalServer;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server JVM's CPU time over the steady window, read when the window opens and when it closes: the work a mix of
 * pages costs, which a busy shared machine moves much less than it moves response times. It counts the whole JVM
 * (the engine's jobs, the outbox, the compiler and the collector too), so it compares runs of one mix.
 */
final class LoadBenchServerCpu {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-server-cpu");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration atOpen;
    private volatile Duration atClose;

    /** Reads the server's CPU time at both ends of the window (epoch milliseconds). */
    void measure(PortalServer server, long fromMillis, long untilMillis) {
        long now = System.currentTimeMillis();
        clock.schedule(() -> atOpen = server.cpuTime().orElse(null), Math.max(0, fromMillis - now), TimeUnit.MILLISECONDS);
        clock.schedule(() -> atClose = server.cpuTime().orElse(null), Math.max(0, untilMillis - now), TimeUnit.MILLISECONDS);
    }

    /** The line for the result: the window's CPU seconds and what that is per request counted in it. */
    String line(int requests) {
        clock.shutdownNow();
        if (atOpen == null || atClose == null || requests == 0) {
            return "Server CPU in the window: not measured (the system did not say, or nothing was counted).";
        }
        double millis = atClose.minus(atOpen).toNanos() / 1e6;
        return String.format(Locale.ROOT, "Server CPU in the window: %.1f s for %d requests, %.1f ms a request"
                + " (the whole JVM, all kinds together).", millis / 1000, requests, millis / requests);
    }
}
