package nl.dictu.tvs.portal.usecase.administration;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail template in one language as the administration shows it: the text in use, and who
 * changed it when (both null while the default applies).
 */
public record MailTemplateView(String templateKey, String language, String subject, String body, boolean overridden,
                               String changedBy, Instant changedAt) implements Serializable {

    public nl.dictu.tvs.portal.usecase.notification.MailText toText() {
        return new nl.dictu.tvs.portal.usecase.notification.MailText(subject, body);
    }
}
