package nl.dictu.tvs.portal.usecase.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;

import java.time.Clock;
import java.util.List;

/**
 * Puts a notification in the outbox, one mail per recipient, in the caller's transaction. The
 * recipients follow from the template by {@link NotificationRecipients}: escalations go to the
 * reviewers, everything else to the members of the organisation whose role it concerns. Each mail is queued in its recipient's preferred language, in
 * which the sender renders it. A key that is already queued is not queued again.
 */
@Dependent
public class NotificationQueue {

    private final OutboxMailRepository outbox;
    private final NotificationRecipients recipients;
    private final Clock clock;

    @Inject
    public NotificationQueue(OutboxMailRepository outbox, NotificationRecipients recipients, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the same for every retry of the same step (process instance and activity
     *                       instance); the recipient is appended per mail
     * @return the mails in the outbox for this key, one per recipient
     */
    public List<OutboxMail> queue(String idempotencyKey, String templateKey, String organisationOin,
                                  MailParameters parameters) {
        return queue(idempotencyKey, templateKey, organisationOin, parameters, null);
    }

    /**
     * As {@link #queue(String, String, String, MailParameters)}, each mail carrying the stored
     * document with this id as its attachment (by reference: the sender reads it when it sends).
     */
    public List<OutboxMail> queue(String idempotencyKey, String templateKey, String organisationOin,
                                  MailParameters parameters, Long attachmentDocumentId) {
        return recipients.of(templateKey, organisationOin).stream()
                .map(recipient -> outbox.queueOnce(new OutboxMail(idempotencyKey + ":" + recipient.email(),
                        recipient.email(), templateKey, recipient.language(), parameters.toJson(), clock.instant(),
                        attachmentDocumentId)))
                .toList();
    }
}
