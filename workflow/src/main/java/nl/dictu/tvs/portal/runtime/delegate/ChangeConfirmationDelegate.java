package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.usecase.change.ChangeOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code confirmChangeApplied}: issues the sealed change confirmation (once) and mails it to every member (once). */
@Named(ChangeRequestModel.Delegates.CONFIRMATION)
@Dependent
public class ChangeConfirmationDelegate implements JavaDelegate {

    private final ChangeOutcomes outcomes;

    @Inject
    public ChangeConfirmationDelegate(ChangeOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.confirm(ProcessVariables.changeRequestId(execution), ProcessVariables.changeDeciders(execution));
    }
}
