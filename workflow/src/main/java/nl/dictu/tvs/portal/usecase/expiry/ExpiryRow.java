package nl.dictu.tvs.portal.usecase.expiry;

import java.time.Instant;

/**
 * One item on the reviewers' expiry list.
 *
 * @param itemKey     the bundle key of what the item is ({@code expiry.kind.<KIND>})
 * @param environment {@code PREPRODUCTION} or {@code PRODUCTION}
 * @param reference   the application the connection came from, or empty for an imported one
 * @param daysLeft    calendar days until it expires; 0 when it expired
 * @param followUpOpen whether it expired and no reviewer has handled it yet
 */
public record ExpiryRow(long itemId, String organisationName, String organisationOin, String environment,
                        String itemKey, String label, Instant expiresAt, long daysLeft, String reference,
                        boolean followUpOpen) {
}
