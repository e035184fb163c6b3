package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The announcements a signed-in person closed in the banner: hidden for the rest of the session. */
@SessionScoped
public class DismissedAnnouncements implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> ids = new HashSet<>();

    synchronized boolean contains(long id) {
        return ids.contains(id);
    }

    synchronized void addAll(Collection<Long> dismissed) {
        ids.addAll(dismissed);
    }
}
