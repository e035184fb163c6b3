package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;
import org.camunda.bpm.engine.delegate.DelegateTask;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;

/**
 * Tells the members concerned that a task of theirs opened (a correction DICTU asked for, a document to
 * upload, the production request): every applicant and technical contact of the organisation, each in their
 * language, not only the one who submitted. Queued in the task's transaction, once per task.
 */
@Dependent
public class ApplicantTaskMail {

    private final NotificationQueue queue;

    @Inject
    public ApplicantTaskMail(NotificationQueue queue) {
        this.queue = queue;
    }

    public void queue(DelegateTask task) {
        queue.queue("task:" + task.getId(), MailTemplates.APPLICANT_TASK_OPENED, (String) task.getVariable(ORGANISATION_OIN),
                new MailParameters(task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), null));
    }
}
