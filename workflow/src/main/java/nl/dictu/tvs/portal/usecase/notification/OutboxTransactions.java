package nl.dictu.tvs.portal.usecase.notification;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox steps in the server, each in a transaction of its own. Claiming locks the due rows,
 * skipping those another node's sender has locked, and bumps each row's optimistic version: senders
 * on several nodes do not fail on each other's mails. A claim older than the lease
 * ({@code TVS_OUTBOX_LEASE}) is taken over: a mail is sent at least once, and only a sender that dies
 * after the SMTP server took the mail and before marking it sends it twice, with the same Message-ID.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions implements OutboxSteps {

    private static final Logger LOG = Logger.getLogger(OutboxTransactions.class.getName());

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private Clock clock;

    @Inject
    private PortalConfig config;

    @Override
    public List<ClaimedMail> claimDue(int max) {
        List<ClaimedMail> claimed = new ArrayList<>();
        Instant now = clock.instant();
        Duration lease = config.outboxLease();
        for (OutboxMail mail : outbox.lockDue(now, lease, max)) {
            if (mail.isClaimExpired(now, lease)) {
                LOG.warning(() -> "Mail " + mail.getId() + " was claimed at " + mail.getClaimedAt().orElseThrow()
                        + " and never marked (its sender stopped); claimed again");
            }
            mail.claim(now, lease);
            claimed.add(ClaimedMail.of(mail));
        }
        return claimed;
    }

    @Inject
    private StoredDocumentRepository documents;

    @Override
    public Optional<MailAttachment> attachment(long documentId) {
        return documents.findById(documentId)
                .map(d -> new MailAttachment(d.getFileName(), MailAttachment.PDF, d.getContent()));
    }

    @Override
    public void markSent(ClaimedMail claimed) {
        stillClaimed(claimed).ifPresent(mail -> {
            mail.markSent(clock.instant());
            mail.forgetParameters(MailParameters.keptAfterSending(mail.getParametersJson()));
        });
    }

    @Override
    public void recordFailure(ClaimedMail claimed, String error) {
        stillClaimed(claimed).ifPresent(mail -> mail.recordFailure(error, clock.instant()));
    }

    /** The mail, while the claim is still the open one; a sender whose lease ran out records nothing. */
    private Optional<OutboxMail> stillClaimed(ClaimedMail claimed) {
        Optional<OutboxMail> mail = outbox.findById(claimed.id()).filter(m -> m.isClaimedAt(claimed.claimedAt()));
        if (mail.isEmpty()) {
            LOG.warning(() -> "Mail " + claimed.id() + ": the claim of " + claimed.claimedAt()
                    + " ran out before its outcome was recorded; another sender has taken the mail over");
        }
        return mail;
    }
}
