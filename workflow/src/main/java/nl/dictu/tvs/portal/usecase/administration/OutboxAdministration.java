package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mail outbox for admins: how many mails are in which state, the newest of a state, retrying a failed one. */
@Stateless
public class OutboxAdministration {

    public static final int LISTED = 100;

    /** One mail as the outbox page lists it. */
    public record MailRow(long id, String recipient, String templateKey, String reference, MailStatus status, int attempts,
                          String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
    }

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public Map<MailStatus, Long> counts(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, outbox.count(status));
        }
        return counts;
    }

    public List<MailRow> latest(SignedInUser actor, MailStatus status) {
        AccessPolicy.requireAdmin(actor);
        return outbox.latest(status, LISTED).stream().map(OutboxAdministration::row).toList();
    }

    public void retry(SignedInUser actor, long mailId) {
        AccessPolicy.requireAdmin(actor);
        OutboxMail mail = outbox.findById(mailId).orElseThrow(() -> new ActionRefusedException("admin.outbox.unknown",
                String.valueOf(mailId)));
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new ActionRefusedException("admin.outbox.notFailed", String.valueOf(mailId));
        }
        mail.retry(clock.instant());
        auditor.record(actor.username(), "mailRetried", null, null, Map.of("mail", String.valueOf(mailId), "status", "FAILED"),
                Map.of("mail", String.valueOf(mailId), "status", "PENDING"));
    }

    private static MailRow row(OutboxMail mail) {
        String reference;
        try {
            reference = nl.dictu.tvs.portal.usecase.notification.MailParameters.fromJson(mail.getParametersJson()).reference();
        } catch (IllegalArgumentException e) {
            reference = "";
        }
        return new MailRow(mail.getId(), mail.getRecipient(), mail.getTemplateKey(), reference, mail.getStatus(),
                mail.getAttempts(), mail.getLastError(), mail.getCreatedAt(), mail.getNextAttemptAt(), mail.getSentAt());
    }
}
