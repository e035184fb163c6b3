package nl.dictu.tvs.portal.trust.finding;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders finding messages from the portal's bundle: Dutch by default, English for English locales. Two kinds of
 * argument are rendered in the reader's language as well: {@code term:<name>} (see {@link #term(String)}), a word
 * from the bundle key {@code trustTerm.<name>}, and {@code date:<yyyy-MM-dd>} (see {@link #date(LocalDate)}), a day
 * in the bundle's {@code trustTerm.dateFormat}. A stored finding keeps the argument, so it renders in any language.
 */
public final class FindingMessages {

    private static final String TERM = "term:";
    private static final String DATE = "date:";

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

    /** An argument rendered as the word of bundle key {@code trustTerm.<name>} in the reader's language. */
    public static String term(String name) {
        return TERM + name;
    }

    /** An argument rendered as this day in the reader's date format. */
    public static String date(LocalDate day) {
        return DATE + day;
    }

    public String render(Finding finding) {
        String pattern = bundle.getString(keyOf(finding.code()));
        Object[] arguments = finding.arguments().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Anything else, including text from an upload that merely looks like a term or date, is shown as it is. */
    private String argument(String argument) {
        if (argument.startsWith(TERM) && bundle.containsKey("trustTerm." + argument.substring(TERM.length()))) {
            return bundle.getString("trustTerm." + argument.substring(TERM.length()));
        }
        if (argument.startsWith(DATE)) {
            try {
                LocalDate day = LocalDate.parse(argument.substring(DATE.length()));
                return DateTimeFormatter.ofPattern(bundle.getString("trustTerm.dateFormat"), locale).format(day);
            } catch (DateTimeParseException e) {
                return argument;
            }
        }
        return argument;
    }
}
