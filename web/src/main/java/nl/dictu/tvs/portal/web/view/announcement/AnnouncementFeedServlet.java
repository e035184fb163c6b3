package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementBoard;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementFeeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The published announcements as an iCalendar feed ({@value #ICALENDAR}) and an Atom feed
 * ({@value #ATOM}), Dutch unless {@code lang=en}. Public (web.xml) and stateless: it creates no session.
 */
@WebServlet({AnnouncementFeedServlet.ICALENDAR, AnnouncementFeedServlet.ATOM})
public class AnnouncementFeedServlet extends HttpServlet {

    public static final String ICALENDAR = "/announcements.ics";
    public static final String ATOM = "/announcements.atom";

    @EJB
    private AnnouncementBoard board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("lang");
        String body;
        if (ICALENDAR.equals(request.getServletPath())) {
            response.setContentType("text/calendar; charset=UTF-8");
            body = AnnouncementFeeds.iCalendar(board.published(), language, request.getServerName());
        } else {
            response.setContentType("application/atom+xml; charset=UTF-8");
            String self = request.getRequestURL() + "?lang=" + AnnouncementFeeds.language(language);
            body = AnnouncementFeeds.atom(board.published(), language, self);
        }
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
