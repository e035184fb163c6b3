package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_RECEIVED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PREPRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REJECTION_REASON;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.RELATED_TASK;

/**
 * Queues a step's notification mail and, where the step issues a document, issues it first (or finds
 * it, on a retry) and attaches it: the receipt to {@code applicationReceived}, the approval letter to
 * {@code preproductionConnected}, the production confirmation to {@code productionConnected} (which
 * also rebuilds the dossier). All in the job's transaction, keyed by process and activity instance.
 */
@Dependent
public class StepNotifications {

    private final NotificationQueue queue;
    private final DocumentIssuer documents;

    @Inject
    public StepNotifications(NotificationQueue queue, DocumentIssuer documents) {
        this.queue = queue;
        this.documents = documents;
    }

    public void notify(DelegateExecution execution, String templateKey) {
        String key = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
        Object relatedTask = execution.getVariableLocal(RELATED_TASK);
        Object reason = execution.getVariable(REJECTION_REASON);
        Long attachment = document(templateKey, ProcessVariables.applicationId(execution))
                .map(StoredDocument::getId).orElse(null);
        queue.queue(key, templateKey, (String) execution.getVariable(ORGANISATION_OIN),
                new MailParameters(execution.getProcessBusinessKey(),
                        relatedTask == null ? null : relatedTask.toString(), reason == null ? null : reason.toString()),
                attachment);
    }

    private Optional<StoredDocument> document(String templateKey, long applicationId) {
        return switch (templateKey) {
            case APPLICATION_RECEIVED -> Optional.of(documents.receipt(applicationId));
            case PREPRODUCTION_CONNECTED -> Optional.of(documents.preproductionApproval(applicationId));
            case PRODUCTION_CONNECTED -> {
                StoredDocument confirmation = documents.productionConfirmation(applicationId);
                documents.dossier(applicationId);
                yield Optional.of(confirmation);
            }
            default -> Optional.empty();
        };
    }
}
