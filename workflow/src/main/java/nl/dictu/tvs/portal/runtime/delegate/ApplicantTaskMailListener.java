package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds to every applicant task of every model a create listener that mails the members concerned
 * ({@link ApplicantTaskMail}), so no model needs a notification step for it.
 */
public class ApplicantTaskMailListener extends AbstractBpmnParseListener implements TaskListener {

    private final ApplicantTaskMail mail;

    public ApplicantTaskMailListener(ApplicantTaskMail mail) {
        this.mail = mail;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
                && behavior.getTaskDefinition().getCandidateGroupIdExpressions().stream()
                .map(Expression::getExpressionText).anyMatch(ConnectionRequestModel::isApplicantGroup)) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        mail.queue(task);
    }
}
