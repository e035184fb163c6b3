package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.testbed.ServiceTestBed;

import java.time.Clock;

/** A generator whose templates are driven on the service test bed (which must share one database). */
public final class TestBedGenerator {

    private TestBedGenerator() {
    }

    public static DataGenerator generator(ServiceTestBed bed, long seed) {
        JdbcTransactions transactions = JdbcTransactions.of(bed.dataSource);
        return new DataGenerator(transactions, TemplateRecorder.committed(new TestBedTemplates(bed), transactions),
                Clock.systemUTC(), seed);
    }
}
