package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every reviewer task a due date when it is created: {@value ConnectionRequestModel#REVIEWER_TASK_DUE_WORKING_DAYS}
 * working days later, the moment its escalation timer fires. The date is stored on the task itself
 * (ACT_RU_TASK.DUE_DATE_), so the task list sorts and filters "overdue" in the database, and it
 * stays after the escalation timer has fired and gone. A parse listener rather than
 * {@code camunda:dueDate} in the model, so the model keeps one source for the rule: its timers.
 */
public class ReviewerTaskDueDates extends AbstractBpmnParseListener {

    static final TaskListener SET_DUE_DATE = new DueDateListener(new WorkingDays());

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
                && isReviewerTask(behavior.getTaskDefinition())) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, SET_DUE_DATE);
        }
    }

    static boolean isReviewerTask(TaskDefinition definition) {
        return definition.getCandidateGroupIdExpressions().stream()
                .map(Expression::getExpressionText)
                .anyMatch(ConnectionRequestModel.REVIEWER_GROUP::equals);
    }

    private record DueDateListener(WorkingDays workingDays) implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            if (task.getDueDate() == null) {
                task.setDueDate(workingDays.dueAfter(ClockUtil.getCurrentTime(),
                        ConnectionRequestModel.REVIEWER_TASK_DUE_WORKING_DAYS));
            }
        }
    }
}
