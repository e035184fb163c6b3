package nl.dictu.tvs.portal.bench;

import nl.dictu.tvs.portal.it.PortalServer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's CPU time over the steady window: the work a mix of pages costs, which a busy shared machine moves much
 * less than it moves response times; and the load generator's own, which shares the cores with the server. Twice: the whole JVM (the engine's jobs, the outbox, the JIT compiler and the
 * collector too), read when the window opens and when it closes, and the threads that serve the requests only, read
 * every second in between: WildFly's pool starts and ends those threads as the load changes, and a thread that ended
 * takes its time with it, so each thread's increase is summed from reading to reading (a thread that ends loses at
 * most its last second, which for a thread the pool ends for idleness is nothing).
 */
final class LoadBenchServerCpu {

    private static final Duration READING_INTERVAL = Duration.ofSeconds(1);

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-server-cpu");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Reading atOpen;
    private volatile Reading atClose;
    private final RequestThreads requestThreads = new RequestThreads();
    private volatile long windowMillis;

    /** Reads the server's CPU time from the opening of the window to its close (epoch milliseconds). */
    void measure(PortalServer server, long fromMillis, long untilMillis) {
        long now = System.currentTimeMillis();
        windowMillis = untilMillis - fromMillis;
        long opens = Math.max(0, fromMillis - now);
        clock.schedule(() -> {
            atOpen = Reading.of(server);
            requestThreads.read(server, true);
        }, opens, TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> {
            if (System.currentTimeMillis() < untilMillis) {
                requestThreads.read(server, false);
            }
        }, opens + READING_INTERVAL.toMillis(), READING_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        clock.schedule(() -> {
            atClose = Reading.of(server);
            requestThreads.read(server, false);
            requestThreads.closed = true;
        }, Math.max(0, untilMillis - now), TimeUnit.MILLISECONDS);
    }

    /** The line for the result: the window's CPU seconds and what that is per request counted in it. */
    String line(int requests) {
        clock.shutdownNow();
        if (atOpen == null || atClose == null || requests == 0) {
            return "Server CPU in the window: not measured (the window did not close, or nothing was counted).";
        }
        return "Server CPU in the window, for " + requests + " requests: "
                + "the whole JVM " + figures(between(atOpen.server(), atClose.server()), requests) + "; "
                + "its request threads " + figures(requestThreads.spent(), requests) + ". The load generator's JVM (on"
                + " the same cores): " + figures(between(atOpen.generator(), atClose.generator()), requests) + ".";
    }

    private static Optional<Duration> between(Optional<Duration> open, Optional<Duration> close) {
        return open.flatMap(from -> close.map(until -> until.minus(from)));
    }

    /** The CPU seconds, the cores that is over the window, and the milliseconds per request. */
    private String figures(Optional<Duration> spent, int requests) {
        if (spent.isEmpty()) {
            return "not measured";
        }
        double millis = spent.get().toNanos() / 1e6;
        return String.format(Locale.ROOT, "%.1f s (%.2f cores), %.1f ms a request", millis / 1000,
                millis / windowMillis, millis / requests);
    }

    /** The CPU time so far of the server's whole JVM and of the load generator's, read at one end of the window. */
    private record Reading(Optional<Duration> server, Optional<Duration> generator) {

        static Reading of(PortalServer server) {
            return new Reading(server.cpuTime(), ProcessHandle.current().info().totalCpuDuration());
        }
    }

    /** The request threads' CPU time summed thread by thread over readings; only the clock's thread reads. */
    private static final class RequestThreads {

        private final Map<Long, Duration> last = new HashMap<>();
        private Duration sum = Duration.ZERO;
        private boolean unreadable;
        private volatile boolean closed;

        void read(PortalServer server, boolean opening) {
            Optional<Map<Long, Duration>> reading = server.requestThreadsCpuTime();
            if (reading.isEmpty()) {
                unreadable = true;
                return;
            }
            for (Map.Entry<Long, Duration> thread : reading.get().entrySet()) {
                // a thread first seen after the opening started in the window, from nothing
                Duration before = last.getOrDefault(thread.getKey(), opening ? thread.getValue() : Duration.ZERO);
                if (before.compareTo(thread.getValue()) > 0) {
                    before = Duration.ZERO; // the id of a thread that ended, given to a new one
                }
                sum = sum.plus(thread.getValue().minus(before));
                last.put(thread.getKey(), thread.getValue());
            }
            last.keySet().retainAll(reading.get().keySet());
        }

        Optional<Duration> spent() {
            if (!closed) { // read first: what the clock's thread wrote before it is visible after it
                return Optional.empty();
            }
            return unreadable ? Optional.empty() : Optional.of(sum);
        }
    }
}
