package nl.dictu.tvs.portal.usecase.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every few seconds, sends the mails that are due. Sending happens outside any transaction: the
 * claim is committed before, the outcome after. A round still running makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private OutboxTransactions steps;

    @Inject
    private MailTransport transport;

    @Inject
    private StoredTemplateOverrides overrides;

    @Inject
    private InvitationLinks invitationLinks;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "outbox mail")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            new OutboxDispatcher(steps, transport, new MailTemplates(overrides), invitationLinks).dispatchDue();
        } finally {
            running.set(false);
        }
    }
}
