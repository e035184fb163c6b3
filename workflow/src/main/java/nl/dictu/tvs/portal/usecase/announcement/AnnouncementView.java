package nl.dictu.tvs.portal.usecase.announcement;

import nl.dictu.tvs.portal.domain.announcement.Announcement;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementContent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One announcement as pages, feeds and mail show it; start and end also as Amsterdam wall-clock time. */
public record AnnouncementView(long id, String kind, boolean preproduction, boolean production, Instant startsAt,
                               Instant endsAt, String titleNl, String titleEn, String textNl, String textEn,
                               boolean withdrawn, String changedBy, Instant changedAt) implements Serializable {

    /** How start and end are typed and shown: Dutch time as dd-MM-yyyy HH:mm. */
    public static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    static AnnouncementView of(Announcement announcement) {
        AnnouncementContent c = announcement.content();
        return new AnnouncementView(announcement.getId(), c.kind().name(), c.preproduction(), c.production(), c.startsAt(),
                c.endsAt(), c.titleNl(), c.titleEn(), c.textNl(), c.textEn(), announcement.isWithdrawn(),
                announcement.getChangedBy(), announcement.getChangedAt());
    }

    public LocalDateTime start() {
        return LocalDateTime.ofInstant(startsAt, AnnouncementRules.ZONE);
    }

    public LocalDateTime end() {
        return LocalDateTime.ofInstant(endsAt, AnnouncementRules.ZONE);
    }

    public String startTyped() {
        return TYPED.format(start());
    }

    public String endTyped() {
        return TYPED.format(end());
    }

    /** The title in the language ("en" English, anything else Dutch). */
    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNl;
    }

    /** The text in the language ("en" English, anything else Dutch). */
    public String text(String language) {
        return "en".equals(language) ? textEn : textNl;
    }

    /** The bundle key of the environments: {@code announcement.environment.PREPRODUCTION}, {@code .PRODUCTION} or {@code .BOTH}. */
    public String environmentKey() {
        return "announcement.environment." + (preproduction && production ? "BOTH" : preproduction ? "PREPRODUCTION" : "PRODUCTION");
    }
}
