package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.usecase.change.ChangeOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code notifyChangeRefused}: tells every member that the change was refused and why (queued once). */
@Named(ChangeRequestModel.Delegates.REFUSAL)
@Dependent
public class ChangeRefusalDelegate implements JavaDelegate {

    private final ChangeOutcomes outcomes;

    @Inject
    public ChangeRefusalDelegate(ChangeOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.refused(ProcessVariables.changeRequestId(execution));
    }
}
