package nl.dictu.tvs.portal.usecase.administration;

import java.time.Instant;

/** An audited event that is about no application (sign-ins, accounts, invitations), for the audit page. */
public record SecurityEventRow(long id, Instant occurredAt, String actor, String action, String clientAddress) {
}
