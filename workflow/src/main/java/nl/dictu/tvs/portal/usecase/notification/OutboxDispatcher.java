package nl.dictu.tvs.portal.usecase.notification;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * One delivery round: claim the due mails, render and send each, record the outcome. A failure of
 * one mail is recorded with it (and retried later by the outbox's backoff), the others still go.
 */
public final class OutboxDispatcher {

    public static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    private final OutboxSteps steps;
    private final MailTransport transport;
    private final MailTemplates templates;
    private final InvitationLinks invitationLinks;

    /** Without invitations: a mail with an invitation's or a registration's link fails. */
    public OutboxDispatcher(OutboxSteps steps, MailTransport transport) {
        this(steps, transport, new MailTemplates(), InvitationLinks.NONE);
    }

    public OutboxDispatcher(OutboxSteps steps, MailTransport transport, MailTemplates templates,
                            InvitationLinks invitationLinks) {
        this.steps = steps;
        this.transport = transport;
        this.templates = templates;
        this.invitationLinks = invitationLinks;
    }

    /** @return how many mails were sent in this round */
    public int dispatchDue() {
        List<ClaimedMail> claimed = steps.claimDue(BATCH);
        int sent = 0;
        for (ClaimedMail mail : claimed) {
            try {
                transport.send(withAttachment(mail, templates.render(mail.templateKey(),
                        Locale.forLanguageTag(mail.locale()), mail.recipient(), withLink(mail)))
                        .withMessageIdLocalPart(mail.messageIdLocalPart()));
                steps.markSent(mail);
                sent++;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Mail " + mail.id() + " (" + mail.templateKey() + " to " + mail.recipient()
                        + ") not sent: " + e.getMessage());
                steps.recordFailure(mail, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return sent;
    }

    /**
     * An invitation's or a registration's link is made now, with a fresh token; a closed one fails the
     * attempt.
     */
    private MailParameters withLink(ClaimedMail mail) {
        MailParameters parameters = MailParameters.fromJson(mail.parametersJson());
        if (!parameters.invitation().isEmpty()) {
            long invitationId = Long.parseLong(parameters.invitation());
            return parameters.withLink(invitationLinks.issue(invitationId).orElseThrow(() ->
                    new MailDeliveryException("invitation " + invitationId + " is no longer open", null)));
        }
        if (!parameters.registration().isEmpty()) {
            long registrationId = Long.parseLong(parameters.registration());
            return parameters.withLink(invitationLinks.issueRegistration(registrationId).orElseThrow(() ->
                    new MailDeliveryException("registration " + registrationId + " is no longer open", null)));
        }
        return parameters;
    }

    /** A mail that refers to a document goes with it or not at all: a missing one fails the attempt. */
    private RenderedMail withAttachment(ClaimedMail mail, RenderedMail rendered) {
        if (mail.attachmentDocumentId() == null) {
            return rendered;
        }
        return rendered.withAttachment(steps.attachment(mail.attachmentDocumentId()).orElseThrow(() ->
                new MailDeliveryException("the attached document " + mail.attachmentDocumentId() + " is not stored", null)));
    }
}
