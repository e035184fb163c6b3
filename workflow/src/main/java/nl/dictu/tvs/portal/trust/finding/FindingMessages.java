package nl.dictu.tvs.portal.trust.finding;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders finding messages from the portal's bundle: Dutch by default, English for English locales. */
public final class FindingMessages {

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
        return new FindingMessages(Bundle.of(locale), locale);
    }

    public static String keyOf(FindingCode code) {
        return "finding." + code.name();
    }

    public String render(Finding finding) {
        String pattern = bundle.getString(keyOf(finding.code()));
        return new MessageFormat(pattern, locale).format(finding.arguments().toArray());
    }
}
