package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.process.WorkingDays;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Fills the database with {@code count} applications spread over the scenarios (by weight), over
 * many organisations and over the last year. One template per scenario is driven through the real
 * services; the applications are clones of the templates, written in batches of
 * {@value #BATCH} per transaction.
 */
public final class DataGenerator {

    public static final int MAX_COUNT = 1_000_000;
    static final int BATCH = 250;
    static final int APPLICATIONS_PER_ORGANISATION = 40;
    static final int MAX_ORGANISATIONS = 2500;
    private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

    private final JdbcTransactions transactions;
    private final TemplateRecorder recorder;
    private final Clock clock;
    private final Random random;

    public DataGenerator(JdbcTransactions transactions, TemplateRecorder recorder, Clock clock, long seed) {
        this.transactions = transactions;
        this.recorder = recorder;
        this.clock = clock;
        this.random = new Random(seed);
    }

    public GenerationReport generate(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ": " + count);
        }
        long started = System.nanoTime();
        Map<Scenario, Integer> plan = plan(count);
        Map<Scenario, TemplateSnapshot> templates = new EnumMap<>(Scenario.class);
        for (Scenario scenario : plan.keySet()) {
            templates.put(scenario, recorder.record(scenario));
        }
        Duration templateTime = Duration.ofNanos(System.nanoTime() - started);

        long cloning = System.nanoTime();
        Instant now = clock.instant();
        int organisationCount = Math.max(3, Math.min(MAX_ORGANISATIONS, count / APPLICATIONS_PER_ORGANISATION));
        List<GeneratedOrganisations.Generated> organisations = transactions.inTransaction(
                c -> GeneratedOrganisations.ensure(c, organisationCount, now));
        List<Clone> clones = clones(plan, templates, organisations, now);
        long rows = 0;
        CloneWriter writer = new CloneWriter();
        for (int from = 0; from < clones.size(); from += BATCH) {
            List<Clone> batch = clones.subList(from, Math.min(clones.size(), from + BATCH));
            rows += transactions.inTransaction(c -> writer.write(c, batch));
            if ((from / BATCH) % 40 == 39) {
                int done = from + batch.size();
                LOG.info(() -> "Generator: " + done + " of " + clones.size() + " applications written");
            }
        }
        GenerationReport report = new GenerationReport(count, organisations.size(), rows, templateTime,
                Duration.ofNanos(System.nanoTime() - cloning), plan);
        LOG.info(report::summary);
        return report;
    }

    /** How many applications of each scenario: proportional to the weights, the rest to the heaviest. */
    static Map<Scenario, Integer> plan(int count) {
        int total = 0;
        for (Scenario s : Scenario.values()) {
            total += s.weight();
        }
        Map<Scenario, Integer> plan = new LinkedHashMap<>();
        int assigned = 0;
        for (Scenario s : Scenario.values()) {
            int n = (int) ((long) count * s.weight() / total);
            plan.put(s, n);
            assigned += n;
        }
        List<Scenario> byWeight = new ArrayList<>(List.of(Scenario.values()));
        byWeight.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        for (int i = 0; assigned < count; i++, assigned++) {
            Scenario s = byWeight.get(i % byWeight.size());
            plan.merge(s, 1, Integer::sum);
        }
        plan.values().removeIf(n -> n == 0);
        return plan;
    }

    private List<Clone> clones(Map<Scenario, Integer> plan, Map<Scenario, TemplateSnapshot> templates,
                               List<GeneratedOrganisations.Generated> organisations, Instant now) {
        List<Scenario> order = new ArrayList<>();
        plan.forEach((scenario, n) -> order.addAll(Collections.nCopies(n, scenario)));
        Collections.shuffle(order, random);
        ScheduleSampler sampler = new ScheduleSampler(random);
        List<Timeline> timelines = new ArrayList<>();
        Map<Integer, Integer> perYear = new LinkedHashMap<>();
        for (Scenario scenario : order) {
            RecordedTemplate template = templates.get(scenario).template();
            Timeline timeline = new Timeline(template.knots(), sampler.sample(template.steps(), scenario.waiting(), now));
            timelines.add(timeline);
            perYear.merge(year(timeline), 1, Integer::sum);
        }
        Map<Integer, Integer> next = transactions.inTransaction(c -> {
            Map<Integer, Integer> first = new LinkedHashMap<>();
            for (var entry : perYear.entrySet()) {
                first.put(entry.getKey(), ReferenceBlock.reserve(c, entry.getKey(), entry.getValue()));
            }
            return first;
        });
        List<Clone> clones = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Timeline timeline = timelines.get(i);
            int year = year(timeline);
            int number = next.merge(year, 1, Integer::sum) - 1;
            GeneratedOrganisations.Generated organisation = organisations.get(random.nextInt(organisations.size()));
            clones.add(new Clone(templates.get(order.get(i)), String.format("TVS-%04d-%05d", year, number),
                    organisation.id(), organisation.oin(), organisation.name(),
                    "aanvrager-" + organisation.oin().substring(8, 17), timeline));
        }
        return clones;
    }

    private static int year(Timeline timeline) {
        return timeline.stepStart(0).atZone(WorkingDays.ZONE).getYear();
    }
}
