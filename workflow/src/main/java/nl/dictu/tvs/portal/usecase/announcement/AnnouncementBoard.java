package nl.dictu.tvs.portal.usecase.announcement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What everyone may read of the announcements: the published ones (not withdrawn, not ended more
 * than 30 days ago) for the public page and the feeds, and the banner of an applicant. The banner
 * shows to every applicant: the portal does not know in which TVS environment an organisation's
 * connections run before they are live, so it does not narrow the banner by environment.
 */
@Stateless
public class AnnouncementBoard {

    /** How long an ended announcement stays on the public page and in the feeds. */
    public static final Duration KEPT_AFTER_END = Duration.ofDays(30);

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private Clock clock;

    public AnnouncementBoard() {
        // for the container
    }

    /** Outside the container (tests). */
    public AnnouncementBoard(AnnouncementRepository announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    /** Not withdrawn and not ended more than 30 days ago, the earliest start first; for anyone, signed in or not. */
    public List<AnnouncementView> published() {
        return announcements.notWithdrawnEndingAfter(clock.instant().minus(KEPT_AFTER_END)).stream()
                .map(AnnouncementView::of).toList();
    }

    /** The banner of a signed-in person: current or starting within 7 days, for applicants; nothing for others. */
    public List<AnnouncementView> banner(SignedInUser actor) {
        if (actor == null || !actor.hasRole(Role.APPLICANT_NAME)) {
            return List.of();
        }
        return announcements.notWithdrawnEndingAfter(clock.instant()).stream().map(AnnouncementView::of)
                .filter(a -> AnnouncementRules.isBanner(a, clock.instant())).toList();
    }
}
