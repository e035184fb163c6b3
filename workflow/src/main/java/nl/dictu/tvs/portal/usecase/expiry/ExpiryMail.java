package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.user.MailRecipient;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationRecipients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Queues the reminder (or, at 0 days, the notice of expiry) of one item for every member of the
 * organisation, each in their own language, keyed by item, threshold and recipient so it is queued once.
 * The reference is the application's, the organisation is {3} and what expires when is {2}.
 */
@Dependent
public class ExpiryMail {

    private final OutboxMailRepository outbox;
    private final NotificationRecipients recipients;
    private final ApplicationRepository applications;
    private final Clock clock;

    @Inject
    public ExpiryMail(OutboxMailRepository outbox, NotificationRecipients recipients, ApplicationRepository applications,
                      Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.applications = applications;
        this.clock = clock;
    }

    public List<OutboxMail> queue(WatchedItem item, int thresholdDays) {
        LiveConnection connection = item.getConnection();
        String template = thresholdDays == ExpiryThresholds.EXPIRED
                ? MailTemplates.CONNECTION_ITEM_EXPIRED : MailTemplates.CONNECTION_ITEM_EXPIRING;
        String reference = connection.getApplicationId().flatMap(applications::findById)
                .map(Application::getReference).orElse("");
        String key = "expiry:" + item.getId() + ":" + thresholdDays;
        return recipients.of(template, connection.getOrganisation().getOin()).stream()
                .map(recipient -> outbox.queueOnce(new OutboxMail(key + ":" + recipient.email(), recipient.email(),
                        template, recipient.language(), parameters(item, thresholdDays, reference, recipient).toJson(),
                        clock.instant())))
                .toList();
    }

    static MailParameters parameters(WatchedItem item, int thresholdDays, String reference, MailRecipient recipient) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        LiveConnection connection = item.getConnection();
        String description = Bundle.text(locale, "expiry.mail.item",
                Bundle.text(locale, "expiry.kind." + item.getKind().name()), item.getLabel(),
                Bundle.text(locale, "expiry.environment." + connection.getEnvironment().name()),
                LocalDate.ofInstant(item.getExpiresAt(), WorkingDays.ZONE).toString(), thresholdDays);
        return new MailParameters(reference, "", description, connection.getOrganisation().getName(), "", "", "");
    }
}
