package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.domain.mail.OutboxMail;

/**
 * A mail a sender has claimed for one attempt, detached from the database.
 *
 * @param attachmentDocumentId the stored document to attach, or null
 */
public record ClaimedMail(long id, String recipient, String templateKey, String locale, String parametersJson,
                          Long attachmentDocumentId) {

    public static ClaimedMail of(OutboxMail mail) {
        return new ClaimedMail(mail.getId(), mail.getRecipient(), mail.getTemplateKey(), mail.getLocale(),
                mail.getParametersJson(), mail.getAttachmentDocumentId().orElse(null));
    }
}
