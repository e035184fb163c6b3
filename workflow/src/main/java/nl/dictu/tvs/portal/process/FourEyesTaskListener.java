package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On completion of an approval task, refuses the completion when the authenticated user is the one
 * stored in {@code assessedByVariable} (the four-eyes rule), and records the approver in
 * {@code approvedByVariable}. The exception rolls the completion back, so the task stays open.
 * With the optional field {@code acceptedVariable}, a completion that sets that variable to false
 * is a refusal: it is held to the same rule, but records no approver (the withdrawal guard and the
 * documents treat a recorded approver as an approval).
 */
public class FourEyesTaskListener implements TaskListener {

    private Expression assessedByVariable;
    private Expression approvedByVariable;
    private Expression acceptedVariable;

    @Override
    public void notify(DelegateTask task) {
        String approver = CompletingUser.of(task);
        String assessedBy = (String) assessedByVariable.getValue(task);
        Object assessor = task.getExecution().getVariable(assessedBy);
        if (assessor == null) {
            throw new FourEyesViolationException("Task " + task.getTaskDefinitionKey() + " of application "
                    + task.getExecution().getProcessBusinessKey() + " cannot be approved: no assessor is recorded in "
                    + assessedBy);
        }
        if (approver.equals(assessor)) {
            throw new FourEyesViolationException("Four-eyes rule: " + approver + " assessed application "
                    + task.getExecution().getProcessBusinessKey() + " and may not also approve it in task "
                    + task.getTaskDefinitionKey() + "; another reviewer must approve");
        }
        if (acceptedVariable != null
                && Boolean.FALSE.equals(task.getExecution().getVariable((String) acceptedVariable.getValue(task)))) {
            return;
        }
        task.getExecution().setVariable((String) approvedByVariable.getValue(task), approver);
    }
}
