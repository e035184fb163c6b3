package nl.dictu.tvs.portal.generator.bench;

import nl.dictu.tvs.portal.generator.GenerationReport;
import nl.dictu.tvs.portal.generator.TestBedGenerator;
import nl.dictu.tvs.portal.usecase.overview.ApplicationListCsv;
import nl.dictu.tvs.portal.usecase.overview.Dashboard;
import nl.dictu.tvs.portal.usecase.overview.DashboardBuilder;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;

import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Fills one database (engine and portal together, as in production) with N generated
 * applications and prints how fast, then times the dashboard and the CSV export on it (median of
 * five runs after one warm-up). The task list is measured as a reviewer meets it, over HTTP under
 * load: {@code ear}, profile {@code load-bench}.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx12g ./mvnw -q -pl workflow -am test-compile exec:java@generator-bench
 * [-Dexec.args="100000 [jdbc-url]"]}
 * (default: 100,000 applications in an in-memory H2 database).
 */
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ServiceTestBed bed = args.length > 1 ? ServiceTestBed.oneDatabase(args[1]) : ServiceTestBed.oneDatabase();
        try {
            GenerationReport report = TestBedGenerator.generator(bed, 7).generate(count);
            System.out.println(report.summary());
            System.out.println("per scenario: " + report.perScenario());
            Dashboard dashboard = timed("dashboard", () -> {
                try (Connection c = bed.dataSource.getConnection()) {
                    return new DashboardBuilder().build(c, Instant.now());
                }
            });
            System.out.println("dashboard: open " + dashboard.open() + " " + dashboard.openPerPhase() + ", live " + dashboard.live()
                    + ", waiting on applicant " + dashboard.waitingOnApplicant() + ", on DICTU " + dashboard.waitingOnDictu()
                    + ", overdue " + dashboard.overdueCount());
            dashboard.leadTimes().forEach(l -> System.out.printf(Locale.ROOT, "  lead time %-28s n=%6d median %6.1f d  p90 %6.1f d%n",
                    l.phase(), l.completed(), l.medianDays(), l.p90Days()));
            timed("CSV export (" + count + " lines)", () -> {
                try (Connection c = bed.dataSource.getConnection()) {
                    return new ApplicationListCsv(key -> key).write(c, Writer.nullWriter());
                }
            });
        } finally {
            bed.close();
        }
    }

    private static <T> T timed(String what, Callable<T> work) throws Exception {
        T result = work.call();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = work.call();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(Long::compare);
        System.out.printf(Locale.ROOT, "%-40s median %6d ms (min %d, max %d)%n", what, millis.get(2), millis.get(0), millis.get(4));
        return result;
    }

}
