package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.testbed.ServiceTestBed;

/**
 * One database filled by the generator, shared by the test classes of a run (generating takes
 * a while): the engine and the portal in one in-memory H2 database.
 */
public final class GeneratedDatabase {

    public static final int COUNT = 196;
    private static ServiceTestBed bed;
    private static GenerationReport report;

    private GeneratedDatabase() {
    }

    public static synchronized ServiceTestBed bed() {
        if (bed == null) {
            bed = ServiceTestBed.oneDatabase();
            report = TestBedGenerator.generator(bed, 42).generate(COUNT);
        }
        bed.registerDelegates();
        return bed;
    }

    public static synchronized GenerationReport report() {
        bed();
        return report;
    }
}
