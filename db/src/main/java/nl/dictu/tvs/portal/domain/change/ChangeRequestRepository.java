package nl.dictu.tvs.portal.domain.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Change requests. Runs inside the caller's transaction. */
@ApplicationScoped
public class ChangeRequestRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ChangeRequestRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ChangeRequestRepository(EntityManager em) {
        this.em = em;
    }

    /** Stores the request at once, so a second open request on the same connection fails here on its unique key. */
    public ChangeRequest save(ChangeRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    public Optional<ChangeRequest> find(long id) {
        return Optional.ofNullable(em.find(ChangeRequest.class, id));
    }

    public Optional<ChangeRequest> byReference(String reference) {
        return em.createQuery("select r from ChangeRequest r where r.reference = :reference", ChangeRequest.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** The open request on the connection, if any. */
    public Optional<ChangeRequest> openOn(long liveConnectionId) {
        return em.createQuery("select r from ChangeRequest r where r.openConnectionId = :connection", ChangeRequest.class)
                .setParameter("connection", liveConnectionId)
                .getResultStream().findFirst();
    }

    /** The open request about the served organisation {@code oin} on the connection, if any. */
    public Optional<ChangeRequest> openAbout(long liveConnectionId, String oin) {
        return em.createQuery("select r from ChangeRequest r where r.openMemberKey = :key", ChangeRequest.class)
                .setParameter("key", ChangeRequest.memberKey(liveConnectionId, oin))
                .getResultStream().findFirst();
    }

    /** Every open request on the connection, ordinary ones and those about served organisations, the oldest first. */
    public List<ChangeRequest> allOpenOn(long liveConnectionId) {
        return em.createQuery("select r from ChangeRequest r where r.liveConnectionId = :connection and r.status = :open"
                        + " order by r.number", ChangeRequest.class)
                .setParameter("connection", liveConnectionId)
                .setParameter("open", ChangeRequestStatus.OPEN)
                .getResultList();
    }

    /** Stores what a request about a served organisation carries, beside the request (saved first). */
    public MemberChange saveMember(MemberChange member) {
        em.persist(member);
        em.flush();
        return member;
    }

    /** What the request carries about a served organisation; empty for an ordinary change. */
    public Optional<MemberChange> member(long changeRequestId) {
        return Optional.ofNullable(em.find(MemberChange.class, changeRequestId));
    }

    /** Every request of the application, the newest first. */
    public List<ChangeRequest> ofApplication(long applicationId) {
        return em.createQuery("select r from ChangeRequest r where r.applicationId = :application order by r.number desc",
                        ChangeRequest.class)
                .setParameter("application", applicationId)
                .getResultList();
    }

    /** The number the application's next request gets. */
    public int nextNumber(long applicationId) {
        Integer highest = em.createQuery("select max(r.number) from ChangeRequest r where r.applicationId = :application",
                        Integer.class)
                .setParameter("application", applicationId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** Requests still open, and applied ones not yet loaded into TVS, the oldest first: DICTU's work. */
    public List<ChangeRequest> inProgress() {
        return em.createQuery("select r from ChangeRequest r where r.status = :open"
                        + " or (r.status = :applied and r.loadedAt is null) order by r.requestedAt, r.id", ChangeRequest.class)
                .setParameter("open", ChangeRequestStatus.OPEN)
                .setParameter("applied", ChangeRequestStatus.APPLIED)
                .getResultList();
    }
}
