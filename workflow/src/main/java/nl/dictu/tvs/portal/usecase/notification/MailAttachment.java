package nl.dictu.tvs.portal.usecase.notification;

import java.util.Objects;

/** A file a mail carries: an issued document, read from the store when the mail is sent. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
