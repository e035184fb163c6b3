package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEMPLATE_KEY;

/**
 * Every {@code notify*}, {@code remind*} and {@code escalate*} task: queues the mail of the task's
 * {@code templateKey} in the outbox, in the job's own transaction, never sending it itself. The
 * idempotency key is the process instance and the activity instance, so a step queues each mail once.
 * A mail that belongs to a document (approval letter, production confirmation) carries it, issued
 * here first; see {@link StepNotifications}.
 */
@Named(ConnectionRequestModel.Delegates.NOTIFICATION)
@Dependent
public class NotificationDelegate implements JavaDelegate {

    private final StepNotifications notifications;

    @Inject
    public NotificationDelegate(StepNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notify(execution, (String) execution.getVariableLocal(TEMPLATE_KEY));
    }
}
