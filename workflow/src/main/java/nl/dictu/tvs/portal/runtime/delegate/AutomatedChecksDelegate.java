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
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKS_PASSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ON_ALB_LIST;

/**
 * {@code runAutomatedChecks}: the first step after every submitted version. Checks the current
 * version (a rerun replaces its stored findings), then issues that version's receipt and mails it
 * to the applicants.
 */
@Named(ConnectionRequestModel.Delegates.AUTOMATED_CHECKS)
@Dependent
public class AutomatedChecksDelegate implements JavaDelegate {

    private final VersionChecks checks;
    private final StepNotifications notifications;

    @Inject
    public AutomatedChecksDelegate(VersionChecks checks, StepNotifications notifications) {
        this.checks = checks;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckOutcome outcome = checks.runAutomated(ProcessVariables.applicationId(execution), execution.getCurrentActivityId());
        execution.setVariable(CHECKS_PASSED, outcome.passed());
        execution.setVariable(ON_ALB_LIST, outcome.onAlbList());
        notifications.notify(execution, APPLICATION_RECEIVED);
    }
}
