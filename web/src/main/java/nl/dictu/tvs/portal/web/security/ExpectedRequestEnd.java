package nl.dictu.tvs.portal.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Two ends of a request that are expected, not errors: the session ended while the request ran
 * (it signed out, or expired, between a field's save and its answer), or the page's state is gone
 * (an old page sent after the session ended). Such a request is answered with the login page or
 * the expired page, never the error page, and logged as one line at INFO.
 */
final class ExpectedRequestEnd {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    private static final Logger LOG = Logger.getLogger(ExpectedRequestEnd.class.getName());

    private ExpectedRequestEnd() {
    }

    /**
     * Where the request goes instead, when its failure is an expected end; empty for anything else.
     *
     * @param sessionGone the request named a session that is no longer valid
     */
    static Optional<String> targetOf(Throwable failure, boolean sessionGone) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return Optional.of(EXPIRED_PAGE);
            }
            if (t instanceof IllegalStateException && (sessionGone || isSessionEnded(t.getMessage()))) {
                return Optional.of(LandingPage.LOGIN + "?expired=true");
            }
        }
        return Optional.empty();
    }

    /** Undertow's words for a session used after it was invalidated. */
    static boolean isSessionEnded(String message) {
        return message != null && (message.contains("UT000010") || message.toLowerCase(Locale.ROOT).contains("session is invalid"));
    }

    /**
     * Answers the request with its page when the failure is an expected end and nothing was sent
     * yet; returns whether it did.
     */
    static boolean answer(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> target = targetOf(failure,
                request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
        if (target.isEmpty() || response.isCommitted()) {
            return false;
        }
        LOG.log(Level.INFO, "{0} {1} ended early ({2}); answered with {3}",
                new Object[] {request.getMethod(), request.getRequestURI(), rootMessage(failure), target.get()});
        redirect(request, response, request.getContextPath() + target.get());
        return true;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A plain redirect, or for a Faces Ajax request the partial response that makes the page go there. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        response.reset();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }
}
