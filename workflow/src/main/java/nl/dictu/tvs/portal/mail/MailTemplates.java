package nl.dictu.tvs.portal.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a template from the one bundle: {@code mail.<templateKey>.subject} and {@code .body},
 * with {0} the application's reference, {1} the name of the related task ({@code step.<id>}) and
 * {2} the rejection reason, {3} the organisation's name and {4} a link (invitations).
 */
public final class MailTemplates {

    static final String BUNDLE = "nl.dictu.tvs.portal.i18n.messages";

    public RenderedMail render(String templateKey, Locale locale, String recipient, MailParameters parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] arguments = {parameters.reference(), taskName(bundle, parameters.relatedTask()), parameters.rejectionReason(),
                parameters.organisationName(), parameters.link()};
        return new RenderedMail(recipient,
                format(bundle, "mail." + templateKey + ".subject", locale, arguments),
                format(bundle, "mail." + templateKey + ".body", locale, arguments));
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

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
