package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On completion of an assessment task, stores who completed it in the process variable named by the
 * field {@code assessedByVariable}, for {@link FourEyesTaskListener} on the approval that follows.
 * After a rework loop the last assessor is the one recorded.
 */
public class AssessorRecordingTaskListener implements TaskListener {

    private Expression assessedByVariable;

    @Override
    public void notify(DelegateTask task) {
        String variable = (String) assessedByVariable.getValue(task);
        task.getExecution().setVariable(variable, CompletingUser.of(task));
    }
}
