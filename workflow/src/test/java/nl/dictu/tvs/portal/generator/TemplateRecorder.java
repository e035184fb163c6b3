package nl.dictu.tvs.portal.generator;

/**
 * Drives one template application along a scenario and reads back every row it left. The
 * container rolls the template back afterwards (only its clones remain); a benchmark may keep it.
 */
@FunctionalInterface
public interface TemplateRecorder {

    TemplateSnapshot record(Scenario scenario);

    /** Drives the template in committed steps and keeps it. */
    static TemplateRecorder committed(TemplateEnvironment env, JdbcTransactions transactions) {
        return scenario -> {
            RecordedTemplate recorded = TemplateDriver.drive(env, scenario);
            return transactions.inTransaction(connection -> TemplateSnapshot.read(connection, recorded,
                    env.applicant().username(), env.applicant().organisationOin(), env.applicant().organisationName()));
        };
    }
}
