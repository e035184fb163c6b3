package nl.dictu.tvs.portal.shared.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one limiter for pages and API: the services call it first, so a page and its REST call count
 * alike. Refuses with {@link TooManyRequestsException} (429, with the seconds until the window ends)
 * once the user or the address did it more often than the limit allows in the window.
 */
@ApplicationScoped
public class RequestLimiter {

    private LimitStore store;
    private Supplier<String> address;
    private Clock clock;

    protected RequestLimiter() {
        // for CDI
    }

    @Inject
    public RequestLimiter(LimitStore store, ClientOrigin origin, Clock clock) {
        this(store, origin::address, clock);
    }

    /** Outside the container (tests), with the address a request would have come from. */
    public RequestLimiter(LimitStore store, Supplier<String> address, Clock clock) {
        this.store = store;
        this.address = address;
        this.clock = clock;
    }

    /** @param username the signed-in user, or null for an anonymous request (counted per address only) */
    public void require(RequestLimit limit, String username) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        if (username != null && limit.perUser > 0) {
            wait = waitAfter(store.hit(key(limit, "user", username), now, limit.window), limit.perUser, limit, now);
        }
        Duration byAddress = waitAfter(store.hit(key(limit, "address", address.get()), now, limit.window),
                limit.perAddress, limit, now);
        if (byAddress.compareTo(wait) > 0) {
            wait = byAddress;
        }
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
    }

    /**
     * A machine client's call of API v1: counted per client and per organisation (all its clients
     * together), not per address (a supplier's clients may share one).
     */
    public void requireForClient(RequestLimit limit, String clientId, String organisationOin) {
        Instant now = clock.instant();
        Duration byClient = waitAfter(store.hit(key(limit, "client", clientId), now, limit.window), limit.perClient, limit, now);
        Duration byOrganisation = waitAfter(store.hit(key(limit, "organisation", organisationOin), now, limit.window),
                limit.perOrganisation, limit, now);
        Duration wait = byClient.compareTo(byOrganisation) >= 0 ? byClient : byOrganisation;
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
    }

    private static Duration waitAfter(LimitStore.Hits hits, int allowed, RequestLimit limit, Instant now) {
        if (hits.count() <= allowed) {
            return Duration.ZERO;
        }
        Duration rest = Duration.between(now, hits.windowStart().plus(limit.window));
        return rest.isNegative() || rest.isZero() ? Duration.ofSeconds(1) : rest;
    }

    static String key(RequestLimit limit, String kind, String subject) {
        return "limit:" + limit.name().toLowerCase(Locale.ROOT) + ":" + kind + ":" + subject;
    }
}
