package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.usecase.checking.CheckOutcome;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_RECEIVED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_CHECKS_PASSED;

/**
 * {@code runProductionChecks}: the first step after every submitted production request. Checks the
 * current version's production part, then issues that version's receipt and mails it.
 */
@Named(ConnectionRequestModel.Delegates.PRODUCTION_CHECKS)
@Dependent
public class ProductionChecksDelegate implements JavaDelegate {

    private final VersionChecks checks;
    private final StepNotifications notifications;

    @Inject
    public ProductionChecksDelegate(VersionChecks checks, StepNotifications notifications) {
        this.checks = checks;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckOutcome outcome = checks.runProduction(ProcessVariables.applicationId(execution), execution.getCurrentActivityId());
        execution.setVariable(PRODUCTION_CHECKS_PASSED, outcome.passed());
        notifications.notify(execution, APPLICATION_RECEIVED);
    }
}
