package nl.dictu.tvs.portal.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import nl.dictu.tvs.portal.it.PortalServer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * N reviewer sessions, each making one request a second in fixed proportions (seven task-list
 * views: group, all, overdue, mine, an organisation filter, page 20, sorted by due date; two
 * application views; one dashboard), N applicant sessions opening their applications once a
 * second, and the login page (five a second, or N/10 when more) under the same load as the floor; counted while
 * every session works (from the end of the ramp and a sign-in until the first session stops). With
 * {@code bench.mix=group} only the reviewers work, each opening the group task list once a second (the case
 * {@code measurements.md} took from outside); with {@code bench.mix=application} the reviewers open only application
 * pages and the applicants their list and their applications, which with a few sessions gives the time one such page
 * takes (p50) on an otherwise idle server. Starts the portal first ({@link LoadBenchServer}) and stops it
 * afterwards. Settings are system properties: {@code bench.users} (N), {@code bench.applicants} (the applicant
 * sessions, N unless set), {@code bench.seconds} (how long every session works), {@code bench.warmup}, {@code
 * bench.applications}, {@code bench.db} ({@code h2}, the default, or {@code postgresql}), {@code bench.mix}
 * ({@code mixed}, the default, {@code group} or {@code application}) and {@code bench.database} (the generated H2 file).
 */
public class PortalLoadSimulation extends Simulation {

    /** The request kinds the figures are grouped by. */
    static final String FLOOR = "login page (floor)";
    private static final String SIGN_IN_KIND = "sign in";
    static final String[] REVIEWER_KINDS = {"tasks: group", "tasks: all", "tasks: overdue", "tasks: mine",
            "tasks: organisation filter", "tasks: page 20", "tasks: sorted by due date",
            "reviewer application", "reviewer application", "dashboard"};

    static final String PASSWORD = "tvs-bench";
    private static final LoadBenchMix MIX = LoadBenchMix.fromProperty();
    private static final int USERS = Integer.getInteger("bench.users", 50);
    /**
     * The applicant sessions beside the reviewers' (N unless set): 50 reviewers with 50 applicants ask more of two
     * cores than the server and the load generator have, so the reviewers' pages can be measured with fewer.
     */
    private static final int APPLICANTS = MIX == LoadBenchMix.GROUP ? 0 : Integer.getInteger("bench.applicants", USERS);
    private static final Duration WORK = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private static final Duration RAMP = Duration.ofSeconds(Math.max(30, USERS));
    private static final Duration SIGN_IN = Duration.ofSeconds(5);
    /**
     * How long every session works before the window opens: the server has just started, and in its first minutes its
     * JIT compiler takes a large share of the two cores (about half of the server's CPU 75-115 s after the start).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 0));
    private static final Path DATABASE = Path.of(System.getProperty("bench.database"));
    private static final LoadBenchDatabaseKind KIND = LoadBenchDatabaseKind.fromProperty();
    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 10_000);
    /** The kind of request every reviewer session makes with {@code bench.mix=application}: an application page. */
    private static final int APPLICATION_KIND = 7;

    private static final String REFERENCE_LINK = "application\\.xhtml\\?reference=([^\"&]+)";

    private static final LoadBenchFigures FIGURES = new LoadBenchFigures();
    private static final LoadBenchServerCpu SERVER_CPU = new LoadBenchServerCpu();

    /**
     * The steady window, in epoch milliseconds: from the end of the ramp (every session has signed in and works)
     * until the first session stops. Only requests that start in it count, so neither the sign-ins' password
     * hashing nor the first requests of a cold server (class loading, compilation, empty caches) are in the
     * figures; the sign-ins are counted on their own.
     */
    private static volatile long steadyFrom = Long.MAX_VALUE;
    private static volatile long steadyUntil = Long.MIN_VALUE;

    private PortalServer server;

    {
        String baseUrl = "http://127.0.0.1:" + (8080 + PortalServer.sharedPortOffset());
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl).disableFollowRedirect()
                .acceptLanguageHeader("nl").acceptHeader("text/html,application/xhtml+xml");
        // at least five a second: the floor's p95 is the divisor of every ratio, and of 55 samples it is the third
        // largest, which moved from 9 to 21 ms between two quiet runs
        PopulationBuilder floor = floor().injectOpen(constantUsersPerSec(Math.max(5, USERS / 10)).during(WORK.plus(RAMP)));
        List<PopulationBuilder> populations = new ArrayList<>(List.of(floor, MIX == LoadBenchMix.GROUP
                ? groupViewers().injectOpen(rampUsers(USERS).during(RAMP))
                : reviewers().injectOpen(rampUsers(USERS).during(RAMP))));
        if (APPLICANTS > 0) {
            populations.add(applicants().injectOpen(rampUsers(APPLICANTS).during(RAMP)));
        }
        setUp(populations)
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(5.0));
    }

    /** The request, its response time recorded under its name whatever its outcome, when it starts in the steady window. */
    private static ChainBuilder timed(HttpRequestActionBuilder request, String kind) {
        return timed(request, kind, false);
    }

    private static ChainBuilder timed(HttpRequestActionBuilder request, String kind, boolean always) {
        return exec(session -> session.set("rt", -1L).set("started", System.currentTimeMillis()))
                .exec(request)
                .exec(session -> {
                    long started = session.getLong("started");
                    if (always || started >= steadyFrom && started < steadyUntil) {
                        FIGURES.record(kind, session.getLong("rt"), session.isFailed());
                    }
                    return session.markAsSucceeded();
                });
    }

    private static HttpRequestActionBuilder get(String kind, String path) {
        return http(kind).get(path).check(responseTimeInMillis().saveAs("rt"), status().is(200));
    }

    private static ChainBuilder signIn(String username) {
        return timed(http(SIGN_IN_KIND).post("/login").formParam("username", username).formParam("password", PASSWORD)
                .check(responseTimeInMillis().saveAs("rt"), status().in(302, 303)), SIGN_IN_KIND, true);
    }

    private static Iterator<Map<String, Object>> reviewerAccounts() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(
                () -> Map.<String, Object>of("reviewer", "bench-reviewer-" + (next.getAndIncrement() % 200 + 1))).iterator();
    }

    /** The case of {@code measurements.md}: every reviewer opens the group task list once a second. */
    private static ScenarioBuilder groupViewers() {
        return scenario("group viewers").feed(reviewerAccounts())
                .exec(signIn("#{reviewer}"))
                .exec(during(WORK).on(pace(Duration.ofSeconds(1)).exec(timed(taskList(0, "view=GROUP"), REVIEWER_KINDS[0]))));
    }

    private static ScenarioBuilder reviewers() {
        return scenario("reviewers").feed(reviewerAccounts())
                .exec(signIn("#{reviewer}"))
                .exec(http("first task list").get("/reviewer/tasks.xhtml?view=GROUP")
                        .check(regex(REFERENCE_LINK).findRandom().saveAs("reference")))
                .exec(during(WORK).on(repeat(REVIEWER_KINDS.length, "kind").on(pace(Duration.ofSeconds(1)).exec(
                        doSwitch(session -> MIX == LoadBenchMix.APPLICATION ? APPLICATION_KIND : session.getInt("kind")).on(
                        onCase(0).then(timed(taskList(0, "view=GROUP")
                                .check(regex(REFERENCE_LINK).findRandom().saveAs("reference")), REVIEWER_KINDS[0])),
                        onCase(1).then(timed(taskList(1, "view=ALL"), REVIEWER_KINDS[1])),
                        onCase(2).then(timed(taskList(2, "view=OVERDUE"), REVIEWER_KINDS[2])),
                        onCase(3).then(timed(taskList(3, "view=MINE"), REVIEWER_KINDS[3])),
                        onCase(4).then(timed(taskList(4, "view=ALL&organisation=Gemeente"), REVIEWER_KINDS[4])),
                        onCase(5).then(timed(taskList(5, "view=ALL&page=20"), REVIEWER_KINDS[5])),
                        onCase(6).then(timed(taskList(6, "view=ALL&sort=DUE&direction=asc"), REVIEWER_KINDS[6])),
                        onCase(7).then(timed(get(REVIEWER_KINDS[7], "/reviewer/application.xhtml?reference=#{reference}"),
                                REVIEWER_KINDS[7])),
                        onCase(8).then(timed(get(REVIEWER_KINDS[8], "/reviewer/application.xhtml?reference=#{reference}"),
                                REVIEWER_KINDS[8])),
                        onCase(9).then(timed(get(REVIEWER_KINDS[9], "/reviewer/dashboard.xhtml"), REVIEWER_KINDS[9])))))));
    }

    private static HttpRequestActionBuilder taskList(int kind, String query) {
        return get(REVIEWER_KINDS[kind], "/reviewer/tasks.xhtml?" + query);
    }

    private static ScenarioBuilder applicants() {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> feeder = Stream.generate(
                () -> Map.<String, Object>of("applicant", "bench-applicant-" + (next.getAndIncrement() % 200 + 1))).iterator();
        return scenario("applicants").feed(feeder)
                .exec(signIn("#{applicant}"))
                .exec(during(WORK).on(repeat(2, "kind").on(pace(Duration.ofSeconds(1)).exec(doSwitch("#{kind}").on(
                        onCase(0).then(timed(get("applicant: applications", "/applicant/index.xhtml")
                                .check(regex(REFERENCE_LINK).findRandom().saveAs("reference")), "applicant: applications")),
                        onCase(1).then(timed(get("applicant: application", "/applicant/application.xhtml?reference=#{reference}"),
                                "applicant: application")))))));
    }

    private static ScenarioBuilder floor() {
        return scenario("floor").exec(timed(get(FLOOR, "/login.xhtml"), FLOOR));
    }

    /** When the window opens, counted from the first session's start: after the ramp, a sign-in and the warm-up. */
    private static Duration windowOpens() {
        return RAMP.plus(SIGN_IN).plus(WARM_UP);
    }

    @Override
    public void before() {
        try {
            // the last session starts at the end of the ramp and signs in (a password hash) before it works;
            // refused before the server starts, so a refused run leaves no server behind
            if (WORK.compareTo(windowOpens()) <= 0) {
                throw new IllegalStateException("bench.seconds (" + WORK.toSeconds() + ") must exceed the ramp, a"
                        + " sign-in and the warm-up (" + windowOpens().toSeconds() + " s) to leave a window in which"
                        + " every session works");
            }
            server = LoadBenchServer.start(KIND, APPLICATIONS, DATABASE);
            long injected = System.currentTimeMillis();
            steadyFrom = injected + windowOpens().toMillis();
            steadyUntil = injected + WORK.toMillis();
            SERVER_CPU.measure(server, steadyFrom, steadyUntil);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void after() {
        String cpu = SERVER_CPU.line(FIGURES.count(SIGN_IN_KIND));
        if (server != null) {
            server.stop();
        }
        String table = FIGURES.table(FLOOR, String.format(Locale.ROOT,
                "%d applications (%s), %d reviewer and %d applicant sessions%s, %d s each, counted from %d s to %d s"
                        + " (every session working), load average at the end %.1f",
                APPLICATIONS, KIND.label(), USERS, APPLICANTS, MIX.label(),
                WORK.toSeconds(), windowOpens().toSeconds(), WORK.toSeconds(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())) + "\n" + cpu + "\n";
        System.out.println(table);
        try {
            Path result = PortalServer.workDir().resolve("result-" + KIND.name().toLowerCase(Locale.ROOT) + "-" + APPLICATIONS
                    + "-" + USERS + (APPLICANTS == USERS || MIX == LoadBenchMix.GROUP ? "" : "-" + APPLICANTS + "-applicants")
                    + MIX.fileSuffix() + ".md");
            Files.writeString(result, table);
            System.out.println("Written to " + result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
