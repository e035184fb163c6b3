package nl.dictu.tvs.portal.process.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_CHECKS_PASSED;

/** {@code runProductionChecks}: checks the production request of the current version. */
@Named(ConnectionRequestModel.Delegates.PRODUCTION_CHECKS)
@Dependent
public class ProductionChecksDelegate implements JavaDelegate {

    private final VersionChecks checks;

    @Inject
    public ProductionChecksDelegate(VersionChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckOutcome outcome = checks.runProduction(ProcessVariables.applicationId(execution), execution.getCurrentActivityId());
        execution.setVariable(PRODUCTION_CHECKS_PASSED, outcome.passed());
    }
}
