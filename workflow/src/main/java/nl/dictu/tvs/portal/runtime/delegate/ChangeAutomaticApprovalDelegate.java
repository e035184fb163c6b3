package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.usecase.change.ChangeOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code approveChangeAutomatically}: the audit event saying the admin's setting approved a fast-lane change. */
@Named(ChangeRequestModel.Delegates.AUTOMATIC_APPROVAL)
@Dependent
public class ChangeAutomaticApprovalDelegate implements JavaDelegate {

    private final ChangeOutcomes outcomes;

    @Inject
    public ChangeAutomaticApprovalDelegate(ChangeOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.approvedAutomatically(ProcessVariables.changeRequestId(execution), execution.getCurrentActivityId());
    }
}
