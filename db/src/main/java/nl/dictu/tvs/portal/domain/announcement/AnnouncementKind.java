package nl.dictu.tvs.portal.domain.announcement;

/** What an announcement is about: a maintenance window or a release of TVS. */
public enum AnnouncementKind {
    MAINTENANCE,
    RELEASE
}
