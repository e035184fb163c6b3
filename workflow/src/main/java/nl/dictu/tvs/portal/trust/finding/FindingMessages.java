package nl.dictu.tvs.portal.trust.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders finding messages from the portal's bundle: Dutch by default, English for English locales. */
public final class FindingMessages {

    private static final String BUNDLE = "nl.dictu.tvs.portal.i18n.messages";
    // Without this control a JVM whose default locale is English would answer Dutch requests in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private FindingMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static FindingMessages forLocale(Locale locale) {
        return new FindingMessages(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK), locale);
    }

    public static String keyOf(FindingCode code) {
        return "finding." + code.name();
    }

    public String render(Finding finding) {
        String pattern = bundle.getString(keyOf(finding.code()));
        return new MessageFormat(pattern, locale).format(finding.arguments().toArray());
    }
}
