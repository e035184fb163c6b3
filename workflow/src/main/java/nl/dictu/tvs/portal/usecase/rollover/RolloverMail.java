package nl.dictu.tvs.portal.usecase.rollover;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationRecipients;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Queues a rollover mail for every member of the organisation, each in their own language, keyed by certificate,
 * step and recipient so it is queued once: ahead of the switch "TVS uses your new certificate from {date}", after it
 * "remove the old certificate from your metadata". {2} is what happens when, {3} the organisation.
 */
@Dependent
public class RolloverMail {

    private final OutboxMailRepository outbox;
    private final NotificationRecipients recipients;
    private final ApplicationRepository applications;
    private final Clock clock;

    @Inject
    public RolloverMail(OutboxMailRepository outbox, NotificationRecipients recipients, ApplicationRepository applications,
                        Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.applications = applications;
        this.clock = clock;
    }

    /** The reminder {@code daysBefore} the next certificate's activation date. */
    public List<OutboxMail> reminder(RolloverCertificate next, int daysBefore) {
        return queue(next, MailTemplates.CERTIFICATE_ROLLOVER_DUE, daysBefore, "");
    }

    /** After the switch: TVS uses the new certificate; the old one is to leave the metadata. */
    public List<OutboxMail> switched(RolloverCertificate now, List<RolloverCertificate> retired) {
        String old = String.join(", ", retired.stream().map(RolloverCertificate::getLabel).toList());
        return queue(now, MailTemplates.CERTIFICATE_ROLLOVER_SWITCHED, RolloverSchedule.SWITCH, old);
    }

    private List<OutboxMail> queue(RolloverCertificate certificate, String template, int days, String old) {
        LiveConnection connection = certificate.getConnection();
        String reference = connection.getApplicationId().flatMap(applications::findById).map(Application::getReference).orElse("");
        String key = "rollover:" + certificate.getId() + ":" + days;
        return recipients.of(template, connection.getOrganisation().getOin()).stream()
                .map(recipient -> outbox.queueOnce(new OutboxMail(key + ":" + recipient.email(), recipient.email(), template,
                        recipient.language(), parameters(certificate, template, reference,
                        Locale.forLanguageTag(recipient.language()), old).toJson(), clock.instant())))
                .toList();
    }

    static MailParameters parameters(RolloverCertificate certificate, String template, String reference, Locale locale, String old) {
        LiveConnection connection = certificate.getConnection();
        String description = Bundle.text(locale, "rollover.mail." + template + "." + certificate.getUse().name(),
                certificate.getActivationDate().toString(), certificate.getLabel(),
                Bundle.text(locale, "expiry.environment." + connection.getEnvironment().name()), old.isEmpty() ? "-" : old);
        return new MailParameters(reference, "", description, connection.getOrganisation().getName(), "", "", "");
    }
}
