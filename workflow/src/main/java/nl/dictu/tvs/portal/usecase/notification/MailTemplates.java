package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICANT_TASK_REMINDER;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_EXPIRED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_RECEIVED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_REJECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_WITHDRAWN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.CERTIFICATE_EXPIRING;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.FIRST_SECURITY_ASSESSMENT_DUE;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PREPRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PRODUCTION_CERTIFICATE_RENEWED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PRODUCTION_REQUEST_REFUSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.REVIEWER_TASK_ESCALATED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.YEARLY_SECURITY_ASSESSMENT_DUE;

/**
 * Renders a template: an admin's own text for the language when there is one, otherwise the
 * bundle's {@code mail.<templateKey>.subject} and {@code .body}; {0} is the application's
 * reference, {1} the name of the related task ({@code step.<id>}), {2} the rejection reason,
 * {3} the organisation's name and {4} a link (invitations, registrations).
 */
public final class MailTemplates {

    /** The mail that invites a colleague into an organisation. */
    public static final String INVITATION = "invitation";
    /** The mail with the link that completes a demo registration. */
    public static final String REGISTRATION = "registration";
    /** The answer to a demo registration with an address that already has an account. */
    public static final String REGISTRATION_EXISTS = "registrationExists";
    /** The mail of a new or changed announcement of DICTU, to members who subscribed. */
    public static final String ANNOUNCEMENT = "announcement";
    /** The mail that tells the members concerned that a task of theirs opened (a correction asked for, a step to take). */
    public static final String APPLICANT_TASK_OPENED = "applicantTaskOpened";
    /** A reminder that a certificate or the metadata of a live connection expires in 60, 30 or 7 days. */
    public static final String CONNECTION_ITEM_EXPIRING = "connectionItemExpiring";
    /** The confirmation that a connection ends, with the termination PDF attached. */
    public static final String CONNECTION_TERMINATION = "connectionTermination";
    /** The notice that a certificate or the metadata of a live connection expired. */
    public static final String CONNECTION_ITEM_EXPIRED = "connectionItemExpired";
    /** A reminder that TVS switches to a live connection's next certificate on its activation date. */
    public static final String CERTIFICATE_ROLLOVER_DUE = "certificateRolloverDue";
    /** The notice that TVS switched to the next certificate: the old one is to leave the metadata. */
    public static final String CERTIFICATE_ROLLOVER_SWITCHED = "certificateRolloverSwitched";
    /** A reminder that a connection's ICT security assessment window opened or closes in 30 or 7 days. */
    public static final String SECURITY_ASSESSMENT_DUE = "securityAssessmentDue";
    /** The aanmaning: the window of a connection's ICT security assessment closed without a report. */
    public static final String SECURITY_ASSESSMENT_AANMANING = "securityAssessmentAanmaning";
    /** The confirmation that a change request on a live connection was applied, with the change confirmation PDF. */
    public static final String CHANGE_REQUEST_APPLIED = "changeRequestApplied";
    /** The notice that DICTU refused a change request, with the reason. */
    public static final String CHANGE_REQUEST_REFUSED = "changeRequestRefused";
    /** Every template the portal queues: the process's notifications, the invitation and the registration's two. */
    public static final List<String> KEYS = List.of(APPLICATION_RECEIVED, APPLICANT_TASK_REMINDER, REVIEWER_TASK_ESCALATED,
            APPLICATION_REJECTED, APPLICATION_EXPIRED, APPLICATION_WITHDRAWN, PREPRODUCTION_CONNECTED,
            PRODUCTION_REQUEST_REFUSED, PRODUCTION_CONNECTED, PRODUCTION_CERTIFICATE_RENEWED,
            FIRST_SECURITY_ASSESSMENT_DUE, YEARLY_SECURITY_ASSESSMENT_DUE, CERTIFICATE_EXPIRING, INVITATION,
            REGISTRATION, REGISTRATION_EXISTS, ANNOUNCEMENT, APPLICANT_TASK_OPENED, CONNECTION_ITEM_EXPIRING,
            CONNECTION_ITEM_EXPIRED, CONNECTION_TERMINATION, CERTIFICATE_ROLLOVER_DUE, CERTIFICATE_ROLLOVER_SWITCHED,
            SECURITY_ASSESSMENT_DUE, SECURITY_ASSESSMENT_AANMANING, CHANGE_REQUEST_APPLIED, CHANGE_REQUEST_REFUSED);
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final TemplateOverrides overrides;

    public MailTemplates() {
        this(TemplateOverrides.NONE);
    }

    public MailTemplates(TemplateOverrides overrides) {
        this.overrides = overrides;
    }

    public RenderedMail render(String templateKey, Locale locale, String recipient, MailParameters parameters) {
        MailText text = overrides.find(templateKey, locale.getLanguage()).orElseGet(() -> defaultText(templateKey, locale));
        return render(text, locale, recipient, parameters);
    }

    /** Renders the given text as the template would be (for a preview). */
    public static RenderedMail render(MailText text, Locale locale, String recipient, MailParameters parameters) {
        ResourceBundle bundle = Bundle.of(locale);
        Object[] arguments = {parameters.reference(), taskName(bundle, parameters.relatedTask()), parameters.rejectionReason(),
                parameters.organisationName(), parameters.link()};
        return new RenderedMail(recipient, new MessageFormat(text.subject(), locale).format(arguments),
                new MessageFormat(text.body(), locale).format(arguments));
    }

    /** The bundle's text of a template. */
    public static MailText defaultText(String templateKey, Locale locale) {
        ResourceBundle bundle = Bundle.of(locale);
        return new MailText(bundle.getString("mail." + templateKey + ".subject"), bundle.getString("mail." + templateKey + ".body"));
    }

    private static String taskName(ResourceBundle bundle, String relatedTask) {
        if (relatedTask.isEmpty()) {
            return "";
        }
        try {
            return bundle.getString("step." + relatedTask);
        } catch (MissingResourceException e) {
            return relatedTask;
        }
    }
}
