package nl.dictu.tvs.portal.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Appends audit events to the hash chain and reads them. Runs inside the caller's transaction. An
 * append locks the chain's head row until the transaction ends, so events are chained in the order
 * of their ids, whichever node writes them.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected AuditTrail() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    public void append(AuditEvent event) {
        Object head = em.createNativeQuery("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE").getSingleResult();
        event.seal((String) head);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain SET last_hash = ?1, last_event_id = ?2 WHERE id = 1")
                .setParameter(1, event.getChainHash())
                .setParameter(2, event.getId())
                .executeUpdate();
    }

    /** Up to {@code max} events after the one with id {@code afterId}, in the chain's order. */
    public List<AuditEvent> after(long afterId, int max) {
        return em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The chain hash of the last event appended (the genesis hash before the first) and that event's id (0 before the first). */
    public ChainHead head() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_hash, last_event_id FROM audit_chain WHERE id = 1")
                .getSingleResult();
        return new ChainHead((String) row[0], row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    public record ChainHead(String hash, long eventId) {
    }

    /**
     * Erases the personal data (actor, client address, before and after state) of every event that occurred before
     * {@code cutoff} and still has them; what happened, when and to which application stays, and so do the hashes:
     * the chain verifies on the stored content hash. The only change the table's guard lets through. Returns how
     * many events were erased.
     */
    public int erasePersonalDataBefore(Instant cutoff, Instant now) {
        return em.createQuery("update AuditEvent e set e.actor = :erased, e.clientAddress = null, e.beforeJson = null, "
                        + "e.afterJson = null, e.erasedAt = :now where e.erasedAt is null and e.occurredAt < :cutoff")
                .setParameter("erased", AuditEvent.ERASED_ACTOR)
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** Lets go of events read for a check, so a long trail does not fill the persistence context. */
    public void forget(List<AuditEvent> events) {
        events.forEach(em::detach);
    }

    /** The newest events that are about no application (sign-ins, accounts, invitations), newest first. */
    public List<AuditEvent> latestWithoutApplication(int max) {
        return em.createQuery("select e from AuditEvent e where e.applicationId is null order by e.id desc", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** What suppliers' members did in the organisation's name, newest first. */
    public List<AuditEvent> actedFor(long servedOrganisationId, int max) {
        return em.createQuery("select e from AuditEvent e where e.servedOrganisationId = :id order by e.id desc",
                        AuditEvent.class)
                .setParameter("id", servedOrganisationId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Oldest first. */
    public List<AuditEvent> ofApplication(long applicationId) {
        return em.createQuery("select e from AuditEvent e where e.applicationId = :id order by e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** The application's latest event of the action on the element (a task completed, say), if there is one. */
    public Optional<AuditEvent> latestOfApplication(long applicationId, String action, String elementId) {
        return em.createQuery("select e from AuditEvent e where e.applicationId = :id and e.action = :action"
                        + " and e.elementId = :element order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("id", applicationId)
                .setParameter("action", action)
                .setParameter("element", elementId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
