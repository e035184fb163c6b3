package nl.dictu.tvs.portal.usecase.announcement;

import java.time.LocalDateTime;

/**
 * What an admin typed for an announcement: start and end are wall-clock times in Europe/Amsterdam.
 *
 * @param kind                      "MAINTENANCE" or "RELEASE"
 * @param preproductionCounterpart  for a release in production only: also announce it on
 *                                  preproduction two weeks earlier (creating only)
 */
public record AnnouncementInput(String kind, boolean preproduction, boolean production, LocalDateTime start,
                                LocalDateTime end, String titleNl, String titleEn, String textNl, String textEn,
                                boolean preproductionCounterpart) {
}
