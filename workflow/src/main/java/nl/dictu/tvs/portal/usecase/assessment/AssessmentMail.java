package nl.dictu.tvs.portal.usecase.assessment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.user.MailRecipient;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationRecipients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Queues a reminder (window open, 30 or 7 days left) or the aanmaning of one assessment for the organisation's
 * members the assessment concerns, each in their own language, keyed by assessment, step and recipient so it is
 * queued once. {3} is the organisation, {2} the window and the connection's entityIDs.
 */
@Dependent
public class AssessmentMail {

    private final OutboxMailRepository outbox;
    private final NotificationRecipients recipients;
    private final ApplicationRepository applications;
    private final Clock clock;

    @Inject
    public AssessmentMail(OutboxMailRepository outbox, NotificationRecipients recipients, ApplicationRepository applications,
                          Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.applications = applications;
        this.clock = clock;
    }

    public List<OutboxMail> queue(SecurityAssessment assessment, AssessmentStep step) {
        LiveConnection connection = assessment.getConnection();
        String template = step == AssessmentStep.AANMANING
                ? MailTemplates.SECURITY_ASSESSMENT_AANMANING : MailTemplates.SECURITY_ASSESSMENT_DUE;
        String reference = connection.getApplicationId().flatMap(applications::findById)
                .map(Application::getReference).orElse("");
        String key = "assessment:" + assessment.getId() + ":" + step.name();
        return recipients.of(template, connection.getOrganisation().getOin()).stream()
                .map(recipient -> outbox.queueOnce(new OutboxMail(key + ":" + recipient.email(), recipient.email(),
                        template, recipient.language(), parameters(assessment, step, reference, recipient).toJson(),
                        clock.instant())))
                .toList();
    }

    static MailParameters parameters(SecurityAssessment assessment, AssessmentStep step, String reference,
                                     MailRecipient recipient) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        LiveConnection connection = assessment.getConnection();
        String description = Bundle.text(locale, "assessment.mail.window",
                Bundle.text(locale, "assessment.step." + step.name()), longDate(assessment.getOpensOn(), locale),
                longDate(assessment.getClosesOn(), locale), connection.getEntityIds().replace('\n', ' '));
        return new MailParameters(reference, "", description, connection.getOrganisation().getName(), "", "", "");
    }

    /** "1 mei 2025", "1 May 2025": a date as the portal's letters write it, in the recipient's language. */
    private static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
