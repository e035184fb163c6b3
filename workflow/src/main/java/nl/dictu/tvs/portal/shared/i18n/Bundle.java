package nl.dictu.tvs.portal.shared.i18n;

import nl.dictu.tvs.portal.domain.application.MessageLabel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's one message bundle (Dutch first, English second) and the one way to turn a key into
 * text: pages, Faces messages, REST refusals, mail, documents and the command line all render
 * through here. A key without arguments is returned as written, as {@code #{msg.key}} shows it;
 * with arguments it goes through {@link MessageFormat}, as Faces' {@code h:outputFormat} does.
 * An argument that is a label of the bundle ({@link MessageLabel}) is shown as that label's text,
 * so a message names a role or a task as the pages do, never by its internal name.
 */
public final class Bundle {

    /** The base name, also used by faces-config.xml ({@code msg}). */
    public static final String NAME = "nl.dictu.tvs.portal.i18n.messages";

    // Without this control a JVM whose default locale is English would answer Dutch pages in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundle() {
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale, Bundle.class.getClassLoader(), NO_FALLBACK);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = of(locale);
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = MessageLabel.keyOf(arguments[i]).filter(bundle::containsKey).<Object>map(bundle::getString)
                    .orElse(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
