package nl.dictu.tvs.portal.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.Set;

/**
 * Makes the pages anonymous visitors see stateless (login, demo registration, invitation, errors),
 * so showing them never creates a session: an anonymous visitor or a failed sign-in leaves nothing
 * behind on the server. Their forms post back into a view built anew, as their beans are request-scoped.
 *
 * <p>It has to happen right after the view is restored: PrimeFaces' CSP listener keeps the script
 * nonce in the view map (which lives in the session) unless the view is transient by the time
 * rendering starts, before {@code <f:view transient>} would be read.
 */
public class StatelessViewPhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Set<String> ANONYMOUS_PAGES = Set.of(LandingPage.LOGIN, "/register.xhtml", "/invitation.xhtml");

    static boolean isStateless(String viewId) {
        return viewId != null && (ANONYMOUS_PAGES.contains(viewId) || viewId.startsWith("/error/"));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only afterPhase matters
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
