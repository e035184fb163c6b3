package nl.dictu.tvs.portal.domain.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rollover certificates of live connections and the notices of their steps. Runs inside the caller's transaction. */
@ApplicationScoped
public class RolloverRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected RolloverRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public RolloverRepository(EntityManager em) {
        this.em = em;
    }

    public RolloverCertificate save(RolloverCertificate certificate) {
        em.persist(certificate);
        return certificate;
    }

    /** Forgets a next certificate replaced before its activation date, with the notices of its steps. */
    public void remove(RolloverCertificate certificate) {
        em.remove(certificate);
        em.flush();
    }

    /** The connections of the organisation with this OIN that were not ended before {@code today}, oldest first. */
    public List<LiveConnection> liveConnectionsOf(String oin, LocalDate today) {
        return em.createQuery("select c from LiveConnection c where c.organisation.oin = :oin"
                        + " and (c.endsOn is null or c.endsOn > :today) order by c.environment, c.id", LiveConnection.class)
                .setParameter("oin", oin)
                .setParameter("today", today)
                .getResultList();
    }

    public Optional<RolloverCertificate> find(long id) {
        return Optional.ofNullable(em.find(RolloverCertificate.class, id));
    }

    /** The connection's rollover certificates, by use and activation date. */
    public List<RolloverCertificate> ofConnection(long connectionId) {
        return em.createQuery("select r from RolloverCertificate r where r.connection.id = :connection"
                        + " order by r.use, r.activationDate, r.id", RolloverCertificate.class)
                .setParameter("connection", connectionId)
                .getResultList();
    }

    /** Every next certificate of a connection still live on {@code today}, the first to activate first. */
    public List<RolloverCertificate> pendingNext(LocalDate today) {
        return em.createQuery("select r from RolloverCertificate r where r.state = :next"
                        + " and (r.connection.endsOn is null or r.connection.endsOn > :today)"
                        + " order by r.activationDate, r.id", RolloverCertificate.class)
                .setParameter("next", RolloverState.NEXT)
                .setParameter("today", today)
                .getResultList();
    }

    /** The connections with a rollover certificate recorded (any state), for the reviewers' overview. */
    public List<LiveConnection> connectionsWithRollover() {
        return em.createQuery("select distinct r.connection from RolloverCertificate r", LiveConnection.class)
                .getResultList();
    }

    public boolean noticed(long certificateId, int daysBefore) {
        return em.find(RolloverNotice.class, new RolloverNotice.Key(certificateId, daysBefore)) != null;
    }

    /** Records the notice and writes it at once, so a notice another node recorded first fails here, not at commit. */
    public void recordNotice(RolloverNotice notice) {
        em.persist(notice);
        em.flush();
    }
}
