package nl.dictu.tvs.portal.usecase.notification;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox steps in the server, each in a transaction of its own. Claiming locks the due rows,
 * skipping those another node's sender has locked, and bumps each row's optimistic version: no mail
 * goes out twice, and senders on several nodes do not fail on each other's mails.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions implements OutboxSteps {

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private Clock clock;

    @Override
    public List<ClaimedMail> claimDue(int max) {
        List<ClaimedMail> claimed = new ArrayList<>();
        for (OutboxMail mail : outbox.lockDue(clock.instant(), max)) {
            mail.claim(clock.instant());
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
    public void markSent(long id) {
        outbox.findById(id).ifPresent(mail -> {
            mail.markSent(clock.instant());
            mail.forgetParameters(MailParameters.keptAfterSending(mail.getParametersJson()));
        });
    }

    @Override
    public void recordFailure(long id, String error) {
        outbox.findById(id).ifPresent(mail -> mail.recordFailure(error, clock.instant()));
    }
}
