package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_APPROVED_BY;

/**
 * Start listener of the withdrawal event sub-process. Its message subscription lives as long as the
 * process, but an application may only be withdrawn until production is approved; afterwards the
 * connection is ended with {@code connectionTerminated}. Throwing here rolls back the correlation,
 * so nothing of the running instance is cancelled.
 */
public class WithdrawalGuardListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object approver = execution.getVariable(PRODUCTION_APPROVED_BY);
        if (approver != null) {
            throw new WithdrawalNotAllowedException("Application " + execution.getProcessBusinessKey()
                    + " can no longer be withdrawn: production was approved by " + approver
                    + "; terminate the connection instead");
        }
    }
}
