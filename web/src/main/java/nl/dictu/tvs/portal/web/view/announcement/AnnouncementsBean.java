package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementBoard;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementView;

import java.util.List;

/** The public page of announcements: stateless, for anyone. */
@Named
@RequestScoped
public class AnnouncementsBean {

    @EJB
    private AnnouncementBoard board;

    private List<AnnouncementView> published;

    public List<AnnouncementView> getPublished() {
        if (published == null) {
            published = board.published();
        }
        return published;
    }
}
