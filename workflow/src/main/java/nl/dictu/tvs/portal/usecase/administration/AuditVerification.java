package nl.dictu.tvs.portal.usecase.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.audit.AuditHashes;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.util.List;

/**
 * For admins: whether the audit trail is intact (every event's content matches its content hash,
 * unless its personal data were erased when their retention ended, every chain hash follows from the
 * one before, and the chain's head is the last event's), and the
 * latest security events with their client address.
 */
@Stateless
public class AuditVerification {

    static final int PAGE = 500;
    static final int LATEST = 100;

    @Inject
    private AuditTrail trail;

    public AuditVerification() {
        // for the container
    }

    /** Outside the container (tests). */
    public AuditVerification(AuditTrail trail) {
        this.trail = trail;
    }

    public AuditCheck check(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        // the events up to the head as it is now; events appended meanwhile are for the next check
        AuditTrail.ChainHead head = trail.head();
        String previous = AuditHashes.GENESIS;
        long checked = 0;
        long lastId = 0;
        pages:
        for (List<AuditEvent> page = trail.after(0, PAGE); !page.isEmpty(); page = trail.after(lastId, PAGE)) {
            for (AuditEvent event : page) {
                if (event.getId() > head.eventId()) {
                    break pages;
                }
                checked++;
                // an erased event's content is gone by design: its stored content hash still chains
                if (event.getContentHash() == null
                        || !(event.isErased() || event.getContentHash().equals(event.recomputedContentHash()))
                        || !AuditHashes.chainHash(previous, event.getContentHash()).equals(event.getChainHash())) {
                    return new AuditCheck(checked, event.getId());
                }
                previous = event.getChainHash();
                lastId = event.getId();
            }
            trail.forget(page);
        }
        // events removed from the end leave a head that no event reaches
        return previous.equals(head.hash()) ? new AuditCheck(checked, null) : new AuditCheck(checked, lastId + 1);
    }

    public List<SecurityEventRow> latestSecurityEvents(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return trail.latestWithoutApplication(LATEST).stream()
                .map(e -> new SecurityEventRow(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getClientAddress()))
                .toList();
    }
}
