package nl.dictu.tvs.portal.usecase.announcement;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.util.List;
import java.util.Locale;

/** The published announcements as iCalendar and Atom, in Dutch or English ("en"; anything else is Dutch). */
public final class AnnouncementFeeds {

    private AnnouncementFeeds() {
    }

    /** "en" for English, "nl" for anything else. */
    public static String language(String requested) {
        return "en".equals(requested) ? "en" : "nl";
    }

    public static String iCalendar(List<AnnouncementView> announcements, String requestedLanguage, String uidDomain) {
        String language = language(requestedLanguage);
        return ICalendarWriter.write(Bundle.text(Locale.forLanguageTag(language), "announcement.feed.title"), announcements,
                descriptions(announcements, language), language, uidDomain);
    }

    public static String atom(List<AnnouncementView> announcements, String requestedLanguage, String selfLink) {
        String language = language(requestedLanguage);
        Locale locale = Locale.forLanguageTag(language);
        return AtomWriter.write(Bundle.text(locale, "announcement.feed.title"), Bundle.text(locale, "announcement.feed.author"),
                announcements, descriptions(announcements, language), language, selfLink);
    }

    /** Kind, environments and Dutch-time period, then the text. */
    static String description(AnnouncementView a, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return Bundle.text(locale, "announcement.period", a.startTyped(), a.endTyped(),
                Bundle.text(locale, a.environmentKey()), Bundle.text(locale, "announcement.kind." + a.kind()))
                + "\n\n" + a.text(language);
    }

    private static List<String> descriptions(List<AnnouncementView> announcements, String language) {
        return announcements.stream().map(a -> description(a, language)).toList();
    }
}
