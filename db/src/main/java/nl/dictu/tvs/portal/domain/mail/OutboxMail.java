package nl.dictu.tvs.portal.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification mail in the transactional outbox: written in the same transaction as the process
 * step that caused it, delivered later by the sender. The idempotency key is unique, so a retried
 * step cannot queue the same mail twice; the status with the optimistic version makes sure two
 * senders never both claim it. A claim carries its time: one older than the lease belongs to a sender
 * that died between claiming and marking, and the mail may be claimed again.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 8;
    public static final int KEY_MAX = 300;
    public static final int PARAMETERS_MAX = 20_000;
    public static final int ERROR_MAX = 2000;
    static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", length = KEY_MAX, nullable = false, unique = true, updatable = false)
    private String idempotencyKey;

    @Column(name = "recipient", length = 254, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "template_key", length = 60, nullable = false, updatable = false)
    private String templateKey;

    @Column(name = "locale", length = 10, nullable = false, updatable = false)
    private String locale;

    /** What the template fills in; once sent, only what the outbox page shows (no names, reasons or links). */
    @Column(name = "parameters_json", length = PARAMETERS_MAX, nullable = false)
    private String parametersJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the current (or last) attempt claimed the mail; to the microsecond, as the database keeps it. */
    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** The issued document (in {@code issued_document}) the mail carries as attachment, if any. */
    @Column(name = "attachment_document_id", updatable = false)
    private Long attachmentDocumentId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String idempotencyKey, String recipient, String templateKey, String locale,
                      String parametersJson, Instant createdAt) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.templateKey = Objects.requireNonNull(templateKey, "templateKey");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.parametersJson = Objects.requireNonNull(parametersJson, "parametersJson");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /**
     * A mail that carries an issued document as its attachment. The outbox keeps a reference to the
     * stored document, not a copy of its bytes: the sender reads them when it sends.
     */
    public OutboxMail(String idempotencyKey, String recipient, String templateKey, String locale,
                      String parametersJson, Instant createdAt, Long attachmentDocumentId) {
        this(idempotencyKey, recipient, templateKey, locale, parametersJson, createdAt);
        this.attachmentDocumentId = attachmentDocumentId;
    }

    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Whether a claim from before {@code now} minus {@code lease} is still open: its sender died or hangs. */
    public boolean isClaimExpired(Instant now, Duration lease) {
        return status == MailStatus.SENDING && claimedAt != null && !claimedAt.isAfter(now.minus(lease));
    }

    /**
     * Takes the mail for one attempt: a due mail, or one whose claim is older than {@code lease}
     * (that attempt counts as made).
     */
    public void claim(Instant now, Duration lease) {
        if (!isDue(now) && !isClaimExpired(now, lease)) {
            throw new IllegalStateException("mail " + id + " is " + status + ", next attempt at " + nextAttemptAt
                    + ", claimed at " + claimedAt);
        }
        status = MailStatus.SENDING;
        claimedAt = now.truncatedTo(ChronoUnit.MICROS);
        attempts++;
    }

    /** Whether the open claim is the one made at {@code claimTime}, not a later one by another sender. */
    public boolean isClaimedAt(Instant claimTime) {
        return status == MailStatus.SENDING && claimTime.equals(claimedAt);
    }

    public void markSent(Instant now) {
        requireSending();
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** After sending: keeps only {@code kept} of the parameters, so personal data does not stay in the outbox. */
    public void forgetParameters(String kept) {
        if (status != MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " is " + status + "; only a sent mail forgets its parameters");
        }
        parametersJson = Objects.requireNonNull(kept, "kept");
    }

    /**
     * Records why the attempt failed and plans the next one, each wait twice the previous (from one
     * minute, at most six hours); after {@value #MAX_ATTEMPTS} attempts the mail is marked failed.
     */
    public void recordFailure(String error, Instant now) {
        requireSending();
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            return;
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now.plus(retryDelay(attempts));
    }

    /**
     * An admin sends a failed mail again: it becomes due now with a fresh round of attempts; the
     * last error stays visible until an attempt succeeds.
     */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("mail " + id + " is " + status + "; only a failed mail can be retried");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    static Duration retryDelay(int attemptsSoFar) {
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return delay.compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay;
    }

    private void requireSending() {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not being sent");
        }
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getLocale() {
        return locale;
    }

    public String getParametersJson() {
        return parametersJson;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Long> getAttachmentDocumentId() {
        return Optional.ofNullable(attachmentDocumentId);
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Optional<Instant> getClaimedAt() {
        return Optional.ofNullable(claimedAt);
    }
}
