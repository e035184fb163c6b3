package nl.dictu.tvs.portal.domain.announcement;

import java.time.Instant;

/** What an announcement says: kind, environments, period and title and text in Dutch and English. */
public record AnnouncementContent(AnnouncementKind kind, boolean preproduction, boolean production, Instant startsAt,
                                  Instant endsAt, String titleNl, String titleEn, String textNl, String textEn) {
}
