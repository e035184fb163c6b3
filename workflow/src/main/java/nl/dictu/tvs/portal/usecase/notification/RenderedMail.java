package nl.dictu.tvs.portal.usecase.notification;

import java.util.Optional;

/** A mail ready to go: recipient, subject, plain-text body and, for some, one attachment. */
public record RenderedMail(String recipient, String subject, String body, Optional<MailAttachment> attachment) {

    public RenderedMail(String recipient, String subject, String body) {
        this(recipient, subject, body, Optional.empty());
    }

    public RenderedMail withAttachment(MailAttachment file) {
        return new RenderedMail(recipient, subject, body, Optional.of(file));
    }
}
