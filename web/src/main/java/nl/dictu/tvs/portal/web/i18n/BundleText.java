package nl.dictu.tvs.portal.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message from the one bundle in a page's language, with its arguments filled in: for refusals
 * and validation errors, which come from the services as a key and arguments.
 */
public final class BundleText {

    private static final String BUNDLE = "nl.dictu.tvs.portal.i18n.messages";
    // Without this control a JVM whose default locale is English would answer Dutch pages in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleText() {
    }

    public static String format(Locale locale, String key, List<String> arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key), locale)
                .format(arguments.toArray());
    }

    /** A label without arguments, as {@code #{msg['key']}} shows it. */
    public static String label(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
    }
}
