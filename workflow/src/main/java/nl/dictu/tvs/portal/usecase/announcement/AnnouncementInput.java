package nl.dictu.tvs.portal.usecase.announcement;


/**
 * What an admin typed for an announcement: start and end as typed, wall-clock times in Europe/Amsterdam
 * written as {@link AnnouncementView#TYPED} (dd-MM-yyyy HH:mm); the rules read them.
 *
 * @param kind                      "MAINTENANCE" or "RELEASE"
 * @param preproductionCounterpart  for a release in production only: also announce it on
 *                                  preproduction two weeks earlier (creating only)
 */
public record AnnouncementInput(String kind, boolean preproduction, boolean production, String start,
                                String end, String titleNl, String titleEn, String textNl, String textEn,
                                boolean preproductionCounterpart) {
}
