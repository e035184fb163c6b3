package nl.dictu.tvs.portal.usecase.mandate;

import java.time.Instant;

/**
 * A mandate as one side sees it.
 *
 * @param status    ACTIVE, WAITING_FOR_SUPPLIER, WAITING_FOR_SIGNATURE or REVOKED
 * @param ownSide   SUPPLIER when the viewer's organisation is the supplier, SERVED otherwise
 * @param mayAccept whether the viewer's side still has to accept (the service refuses a served organisation's member without the signatory role)
 * @param mayRevoke whether the viewer's organisation may revoke it now
 */
public record MandateView(long id, String supplierOin, String supplierName, String servedOin, String servedName,
                          String status, String ownSide, String invitedBy, Instant invitedAt, String signedBy,
                          Instant revokedAt, boolean mayAccept, boolean mayRevoke) {
}
