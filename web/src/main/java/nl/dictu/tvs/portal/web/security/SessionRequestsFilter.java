package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests each session has running, so that signing out can let them finish first
 * (a field's save that left the field when "Uitloggen" was clicked), and answers a request whose
 * session ended while it ran, or whose page state is gone, as {@link ExpectedRequestEnd} says.
 */
@WebFilter(urlPatterns = "/*")
public class SessionRequestsFilter extends HttpFilter {

    static final String ATTRIBUTE = "tvs.runningRequests";
    private static final long serialVersionUID = 1L;
    private static final Duration POLL = Duration.ofMillis(20);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AtomicInteger running = runningOf(request.getSession(false)).orElse(null);
        if (running != null) {
            running.incrementAndGet();
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!ExpectedRequestEnd.answer(e, request, response)) {
                throw e;
            }
        } finally {
            if (running != null) {
                running.decrementAndGet();
            }
        }
    }

    /**
     * Waits until the session's other requests are done, at most {@code max}; the caller's own
     * request is one of the running ones.
     */
    static void awaitOtherRequests(HttpSession session, Duration max) {
        Optional<AtomicInteger> running = runningOf(session);
        Instant deadline = Instant.now().plus(max);
        while (running.isPresent() && running.get().get() > 1 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The session's counter, made on first use; empty without a session or once it has ended. */
    private static Optional<AtomicInteger> runningOf(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            synchronized (SessionRequestsFilter.class) {
                if (session.getAttribute(ATTRIBUTE) instanceof AtomicInteger existing) {
                    return Optional.of(existing);
                }
                AtomicInteger created = new AtomicInteger();
                session.setAttribute(ATTRIBUTE, created);
                return Optional.of(created);
            }
        } catch (IllegalStateException ended) {
            return Optional.empty();
        }
    }

}
