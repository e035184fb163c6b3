package nl.dictu.tvs.portal.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Appends audit events and reads an application's trail. Runs inside the caller's transaction. */
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
        em.persist(event);
    }

    /** Oldest first. */
    public List<AuditEvent> ofApplication(long applicationId) {
        return em.createQuery("select e from AuditEvent e where e.applicationId = :id order by e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("id", applicationId)
                .getResultList();
    }
}
