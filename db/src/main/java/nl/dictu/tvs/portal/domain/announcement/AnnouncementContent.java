package nl.dictu.tvs.portal.domain.announcement;

import java.time.Instant;

/** What an announcement says: kind, environments, period and title and text in Dutch and English. */
public record AnnouncementContent(AnnouncementKind kind, boolean preproduction, boolean production, Instant startsAt,
                                  Instant endsAt, String titleNl, String titleEn, String textNl, String textEn) {

    /** The title in the language ("en" English, anything else Dutch). */
    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNl;
    }

    /** The text in the language ("en" English, anything else Dutch). */
    public String text(String language) {
        return "en".equals(language) ? textEn : textNl;
    }
}
