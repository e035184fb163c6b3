package nl.dictu.tvs.portal.domain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Internal notes and test-account deliveries of an application. Runs inside the caller's transaction. */
@ApplicationScoped
public class ReviewRecords {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ReviewRecords() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ReviewRecords(EntityManager em) {
        this.em = em;
    }

    public InternalNote add(InternalNote note) {
        em.persist(note);
        return note;
    }

    public TestAccountDelivery add(TestAccountDelivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    /** Newest first. */
    public List<InternalNote> notes(long applicationId) {
        return em.createQuery("select n from InternalNote n where n.applicationId = :id order by n.writtenAt desc, n.id desc",
                        InternalNote.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** Oldest first. */
    public List<TestAccountDelivery> testAccountDeliveries(long applicationId) {
        return em.createQuery("select d from TestAccountDelivery d where d.applicationId = :id order by d.deliveredAt, d.id",
                        TestAccountDelivery.class)
                .setParameter("id", applicationId)
                .getResultList();
    }
}
