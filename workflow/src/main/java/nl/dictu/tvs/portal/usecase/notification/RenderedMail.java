package nl.dictu.tvs.portal.usecase.notification;

import java.util.Optional;

/**
 * A mail ready to go: recipient, subject, plain-text body and, for some, one attachment; from the
 * outbox also the left part of its stable {@code Message-ID} (the transport adds the sender's domain).
 */
public record RenderedMail(String recipient, String subject, String body, Optional<MailAttachment> attachment,
                           Optional<String> messageIdLocalPart) {

    public RenderedMail(String recipient, String subject, String body) {
        this(recipient, subject, body, Optional.empty(), Optional.empty());
    }

    public RenderedMail withAttachment(MailAttachment file) {
        return new RenderedMail(recipient, subject, body, Optional.of(file), messageIdLocalPart);
    }

    public RenderedMail withMessageIdLocalPart(String localPart) {
        return new RenderedMail(recipient, subject, body, attachment, Optional.of(localPart));
    }
}
