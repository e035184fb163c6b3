package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementBoard;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/**
 * The announcements banner of a signed-in applicant (the service decides what shows), read afresh on
 * every page so a new or withdrawn announcement shows at once; hidden for the rest of the session
 * once dismissed.
 */
@Named
@RequestScoped
public class AnnouncementBannerBean {

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private DismissedAnnouncements dismissed;

    @EJB
    private AnnouncementBoard board;

    private List<AnnouncementView> shown;

    public List<AnnouncementView> getAnnouncements() {
        if (shown == null) {
            shown = board.banner(currentUser.user().orElse(null)).stream().filter(a -> !dismissed.contains(a.id())).toList();
        }
        return shown;
    }

    public void dismiss() {
        dismissed.addAll(getAnnouncements().stream().map(AnnouncementView::id).toList());
        shown = null;
    }
}
