package nl.dictu.tvs.portal.usecase.mandate;

import java.time.Instant;

/** One thing a supplier's member did in the viewer's organisation's name, from the audit trail. */
public record ActedForView(Instant occurredAt, String actor, String supplierName, String action, String details) {
}
