package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.domain.mail.OutboxMail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A mail a sender has claimed for one attempt, detached from the database.
 *
 * @param attachmentDocumentId the stored document to attach, or null
 * @param claimedAt            the claim this attempt holds; its outcome is recorded only while that claim is the open one
 */
public record ClaimedMail(long id, String recipient, String templateKey, String locale, String parametersJson,
                          Long attachmentDocumentId, Instant claimedAt, String idempotencyKey) {

    public static ClaimedMail of(OutboxMail mail) {
        return new ClaimedMail(mail.getId(), mail.getRecipient(), mail.getTemplateKey(), mail.getLocale(),
                mail.getParametersJson(), mail.getAttachmentDocumentId().orElse(null),
                mail.getClaimedAt().orElseThrow(() -> new IllegalStateException("mail " + mail.getId() + " is not claimed")),
                mail.getIdempotencyKey());
    }

    /**
     * The left part of the mail's {@code Message-ID}, the same at every attempt: the outbox row and a
     * digest of its idempotency key (which may hold an address, so never the key itself). A second
     * delivery after a crash between sending and marking carries the same Message-ID.
     */
    public String messageIdLocalPart() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "tvs-outbox-" + id + "." + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
