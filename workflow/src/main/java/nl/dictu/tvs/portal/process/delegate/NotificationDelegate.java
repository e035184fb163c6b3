package nl.dictu.tvs.portal.process.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.mail.MailParameters;
import nl.dictu.tvs.portal.mail.NotificationQueue;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REJECTION_REASON;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.RELATED_TASK;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEMPLATE_KEY;

/**
 * Every {@code notify*}, {@code remind*} and {@code escalate*} task: queues the mail of the task's
 * {@code templateKey} in the outbox, in the job's own transaction, never sending it itself. The
 * idempotency key is the process instance and the activity instance, so a step queues each mail once.
 */
@Named(ConnectionRequestModel.Delegates.NOTIFICATION)
@Dependent
public class NotificationDelegate implements JavaDelegate {

    private final NotificationQueue queue;

    @Inject
    public NotificationDelegate(NotificationQueue queue) {
        this.queue = queue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
        Object relatedTask = execution.getVariableLocal(RELATED_TASK);
        Object reason = execution.getVariable(REJECTION_REASON);
        queue.queue(key, (String) execution.getVariableLocal(TEMPLATE_KEY), (String) execution.getVariable(ORGANISATION_OIN),
                new MailParameters(execution.getProcessBusinessKey(),
                        relatedTask == null ? null : relatedTask.toString(), reason == null ? null : reason.toString()));
    }
}
