package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.time.Duration;

/**
 * How long each kind of data is kept, in days, from the environment ({@code TVS_RETENTION_*}, see
 * docs/operations/configuration.md):
 *
 * @param auditPersonalData the audit trail's personal data (actor, client address, before/after state); the event itself
 *                          stays (default seven years, as DICTU keeps its access logs)
 * @param sentMail          mail sent from the outbox, with its recipient and parameters (default 90 days)
 * @param endedInvitations  invitations accepted or expired, with the address they went to (default 90 days)
 * @param requestCounters   idle sign-in and request-limit counters, keyed by user name or client address (default 7 days)
 */
public record RetentionPeriods(Duration auditPersonalData, Duration sentMail, Duration endedInvitations,
                               Duration requestCounters) {

    public static final String AUDIT_DAYS = "TVS_RETENTION_AUDIT_DAYS";
    public static final String MAIL_DAYS = "TVS_RETENTION_MAIL_DAYS";
    public static final String INVITATION_DAYS = "TVS_RETENTION_INVITATION_DAYS";
    public static final String REQUEST_COUNTER_DAYS = "TVS_RETENTION_REQUEST_COUNTER_DAYS";

    /** A counter must outlive the longest window and wait it enforces (an hour), whatever is configured. */
    static final Duration LEAST_FOR_COUNTERS = Duration.ofDays(1);

    public static RetentionPeriods of(PortalConfig config) {
        return new RetentionPeriods(days(config, AUDIT_DAYS, 2557), days(config, MAIL_DAYS, 90),
                days(config, INVITATION_DAYS, 90), max(days(config, REQUEST_COUNTER_DAYS, 7), LEAST_FOR_COUNTERS));
    }

    private static Duration days(PortalConfig config, String name, int defaultDays) {
        String value = config.get(name).orElse(String.valueOf(defaultDays));
        try {
            int days = Integer.parseInt(value);
            if (days >= 1) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(name + " must be a whole number of days of at least 1, not '" + value + "'");
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
