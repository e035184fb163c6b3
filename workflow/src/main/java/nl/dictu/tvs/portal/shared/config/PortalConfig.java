package nl.dictu.tvs.portal.shared.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portal's settings, read from environment variables (a system property with the same name
 * wins, which tests use). Every variable is listed in the README.
 */
@ApplicationScoped
public class PortalConfig {

    public static final String DB_KIND = "TVS_DB_KIND";
    public static final String DB_URL = "TVS_DB_URL";
    public static final String DB_USER = "TVS_DB_USER";
    public static final String DEMO_MODE = "TVS_DEMO_MODE";
    public static final String DATA_DIR = "TVS_DATA_DIR";
    /** The portal's address as people reach it (e.g. {@code https://aansluiten.tvs.example/tvs}), for links in mail. */
    public static final String PUBLIC_URL = "TVS_PUBLIC_URL";

    /** {@code true} behind HTTPS: Secure session cookie and HSTS. */
    public static final String COOKIE_SECURE = "TVS_COOKIE_SECURE";
    /** The proxies whose {@code X-Forwarded-For} names the client: addresses or CIDR ranges, comma separated. */
    public static final String TRUSTED_PROXIES = "TVS_TRUSTED_PROXIES";
    public static final String HEALTH_PORT = "TVS_HEALTH_PORT";
    /** The health listener's port before WildFly's port offset, as in the server configuration. */
    public static final int DEFAULT_HEALTH_PORT = 9991;
    /** The staff identity provider's issuer (OpenID Connect discovery at {@code <issuer>/.well-known/openid-configuration}). */
    public static final String OIDC_ISSUER = "TVS_OIDC_ISSUER";
    /** The portal's client id at the identity provider. */
    public static final String OIDC_CLIENT_ID = "TVS_OIDC_CLIENT_ID";
    /** The portal's client secret at the identity provider (confidential client; PKCE is used either way). */
    public static final String OIDC_CLIENT_SECRET = "TVS_OIDC_CLIENT_SECRET";
    /** The ID token claim that lists the staff member's roles; {@code roles} by default. */
    public static final String OIDC_ROLES_CLAIM = "TVS_OIDC_ROLES_CLAIM";
    /** The identity provider's role names for the portal's reviewer and admin roles; {@code reviewer} and {@code admin} by default. */
    public static final String OIDC_REVIEWER_ROLE = "TVS_OIDC_REVIEWER_ROLE";
    public static final String OIDC_ADMIN_ROLE = "TVS_OIDC_ADMIN_ROLE";
    /**
     * The {@code amr} values (RFC 8176) that show the provider checked a second factor, comma
     * separated: a staff sign-in's ID token must carry one of them (or an {@code acr} of
     * {@link #OIDC_SECOND_FACTOR_ACR}). {@value #DEFAULT_SECOND_FACTOR_AMR} by default.
     */
    public static final String OIDC_SECOND_FACTOR_AMR = "TVS_OIDC_SECOND_FACTOR_AMR";
    public static final String DEFAULT_SECOND_FACTOR_AMR = "mfa,otp,hwk";
    /** The {@code acr} values that also show a second factor, comma separated; none by default. */
    public static final String OIDC_SECOND_FACTOR_ACR = "TVS_OIDC_SECOND_FACTOR_ACR";
    /**
     * {@code false} on every node but one when several nodes share the database: the process engine's
     * nightly history cleanup then runs on one node only. On by default.
     */
    public static final String HISTORY_CLEANUP = "TVS_HISTORY_CLEANUP";
    /**
     * How long a sender's claim on an outbox mail holds (ISO-8601, e.g. {@code PT5M}): a mail claimed
     * longer ago is claimed again by any node, since its sender died between claiming and marking.
     * Longer than the slowest SMTP delivery (the mail session's timeouts).
     */
    public static final String OUTBOX_LEASE = "TVS_OUTBOX_LEASE";
    public static final Duration DEFAULT_OUTBOX_LEASE = Duration.ofMinutes(5);
    /** Where links in mail point in demo mode when {@code TVS_PUBLIC_URL} is not set. */
    public static final String DEMO_PUBLIC_URL = "http://localhost:8080";

    public static final String KIND_H2 = "H2";
    public static final String KIND_POSTGRESQL = "PostgreSQL";

    private final Function<String, String> source;

    public PortalConfig() {
        this(name -> Optional.ofNullable(System.getProperty(name)).orElseGet(() -> System.getenv(name)));
    }

    PortalConfig(Map<String, String> values) {
        this(values::get);
    }

    private PortalConfig(Function<String, String> source) {
        this.source = source;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(source.apply(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** {@code H2} (the embedded default) or {@code PostgreSQL}. */
    public String databaseKind() {
        return get(DB_KIND).orElse(KIND_H2);
    }

    public boolean isEmbeddedDatabase() {
        return KIND_H2.equalsIgnoreCase(databaseKind());
    }

    /**
     * Demo mode creates demo accounts and accepts test OINs. It is on by default only with the
     * embedded database, so a PostgreSQL installation never gets default accounts by accident.
     */
    public boolean isDemoMode() {
        return flag(DEMO_MODE).orElse(isEmbeddedDatabase());
    }

    /**
     * The port of the health listener, which WildFly binds to its management address only
     * ({@code TVS_HEALTH_PORT}, {@value #DEFAULT_HEALTH_PORT}, plus the server's port offset): only requests on it
     * see the health checks' detail.
     */
    public int healthPort() {
        int port = get(HEALTH_PORT).map(Integer::parseInt).orElse(DEFAULT_HEALTH_PORT);
        return port + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    /** Whether the portal runs behind HTTPS ({@code TVS_COOKIE_SECURE}); off by default. */
    public boolean isCookieSecure() {
        return flag(COOKIE_SECURE).orElse(false);
    }

    /** Whether this node's job executor runs the engine's history cleanup ({@code TVS_HISTORY_CLEANUP}); on by default. */
    public boolean isHistoryCleanupNode() {
        return flag(HISTORY_CLEANUP).orElse(true);
    }

    /** {@code TVS_OUTBOX_LEASE}, {@link #DEFAULT_OUTBOX_LEASE} when not set. */
    public Duration outboxLease() {
        Duration lease;
        try {
            lease = get(OUTBOX_LEASE).map(Duration::parse).orElse(DEFAULT_OUTBOX_LEASE);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(OUTBOX_LEASE + " must be an ISO-8601 duration such as PT5M, not " + get(OUTBOX_LEASE).orElse(""), e);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalStateException(OUTBOX_LEASE + " must be a positive duration such as PT5M, not " + lease);
        }
        return lease;
    }

    private Optional<Boolean> flag(String name) {
        return get(name)
                .map(v -> v.toLowerCase(Locale.ROOT))
                .map(v -> v.equals("true") || v.equals("yes") || v.equals("1"));
    }

    /**
     * The address links in mail start with: {@code TVS_PUBLIC_URL}, which outside demo mode must be
     * set; in demo mode without it {@value #DEMO_PUBLIC_URL}. Never the Host header of a request.
     *
     * @throws IllegalStateException outside demo mode when it is not set, or when it is not an address
     */
    public String requiredPublicUrl() {
        return publicUrl().orElseGet(() -> {
            if (!isDemoMode()) {
                throw new IllegalStateException(PUBLIC_URL + " is not set. Outside demo mode the portal needs its address "
                        + "as people reach it, such as https://aansluiten.example.nl, for the links in its mail.");
            }
            return DEMO_PUBLIC_URL;
        });
    }

    /**
     * Outside demo mode staff (reviewers and admins) sign in only at the identity provider, with its
     * second factor: there are no local staff accounts, so without {@code TVS_OIDC_ISSUER} nobody could
     * review or administer.
     *
     * @throws IllegalStateException outside demo mode when no identity provider is configured
     */
    public void requireStaffProvider() {
        if (!isDemoMode() && get(OIDC_ISSUER).isEmpty()) {
            throw new IllegalStateException(OIDC_ISSUER + " is not set. Outside demo mode reviewers and admins sign in "
                    + "only at the identity provider, with a second factor: set " + OIDC_ISSUER + " and "
                    + OIDC_CLIENT_ID + " (see docs/operations/staff-sign-in.md).");
        }
    }

    /**
     * The configured public address without a trailing slash, for links in mail; empty when not
     * set. Only an absolute http(s) address without query or fragment is accepted, so a link never
     * depends on the Host header a request happened to carry.
     *
     * @throws IllegalStateException when the value is set but is not such an address
     */
    public Optional<String> publicUrl() {
        return get(PUBLIC_URL).map(value -> {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                        || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                    throw new URISyntaxException(value, "not an absolute http(s) address without query");
                }
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            } catch (URISyntaxException e) {
                throw new IllegalStateException(PUBLIC_URL + " must be the portal's address, such as "
                        + "https://aansluiten.example.nl/tvs (without query); it is \"" + value + "\"", e);
            }
        });
    }
}
