package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementBoard;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The announcements banner of a signed-in applicant (the service decides what shows); hidden for
 * the rest of the session once dismissed. Only used on pages of signed-in people, who have a
 * session already.
 */
@Named
@SessionScoped
public class AnnouncementBannerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private AnnouncementBoard board;

    private final Set<Long> dismissed = new HashSet<>();
    private transient List<AnnouncementView> shown;

    public List<AnnouncementView> getAnnouncements() {
        if (shown == null) {
            shown = board.banner(currentUser.user().orElse(null)).stream().filter(a -> !dismissed.contains(a.id())).toList();
        }
        return shown;
    }

    public void dismiss() {
        getAnnouncements().forEach(a -> dismissed.add(a.id()));
        shown = null;
    }
}
