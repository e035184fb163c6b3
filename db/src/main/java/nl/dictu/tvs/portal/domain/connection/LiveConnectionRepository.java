package nl.dictu.tvs.portal.domain.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Live connections, their watched items and the notices about them. Runs inside the caller's transaction. */
@ApplicationScoped
public class LiveConnectionRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected LiveConnectionRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public LiveConnectionRepository(EntityManager em) {
        this.em = em;
    }

    public LiveConnection save(LiveConnection connection) {
        em.persist(connection);
        return connection;
    }

    /**
     * Locks the connection's row until the transaction ends, so two change requests started on it at once are
     * checked against each other one after the other (ordinary changes against those about served organisations).
     */
    public void lockForChange(LiveConnection connection) {
        em.lock(connection, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<LiveConnection> find(long id) {
        return Optional.ofNullable(em.find(LiveConnection.class, id));
    }

    public Optional<LiveConnection> ofApplication(long applicationId, ConnectionEnvironment environment) {
        return em.createQuery("select c from LiveConnection c where c.applicationId = :application"
                        + " and c.environment = :environment", LiveConnection.class)
                .setParameter("application", applicationId)
                .setParameter("environment", environment)
                .getResultStream().findFirst();
    }

    public List<LiveConnection> ofApplication(long applicationId) {
        return em.createQuery("select c from LiveConnection c where c.applicationId = :application order by c.environment",
                        LiveConnection.class)
                .setParameter("application", applicationId)
                .getResultList();
    }

    /** Whether the organisation with this OIN has a connection in the environment that was not ended before today. */
    public boolean existsFor(String oin, ConnectionEnvironment environment, LocalDate today) {
        return em.createQuery("select count(c) from LiveConnection c where c.organisation.oin = :oin"
                        + " and c.environment = :environment and (c.endsOn is null or c.endsOn > :today)", Long.class)
                .setParameter("oin", oin)
                .setParameter("environment", environment)
                .setParameter("today", today)
                .getSingleResult() > 0;
    }

    /** The items of connections still live on {@code today} that expire before {@code until}, the first to expire first. */
    public List<WatchedItem> itemsExpiringBefore(Instant until, LocalDate today) {
        return em.createQuery("select i from WatchedItem i where i.expiresAt < :until"
                        + " and (i.connection.endsOn is null or i.connection.endsOn > :today)"
                        + " order by i.expiresAt, i.id", WatchedItem.class)
                .setParameter("until", until)
                .setParameter("today", today)
                .getResultList();
    }

    public Optional<WatchedItem> item(long id) {
        return Optional.ofNullable(em.find(WatchedItem.class, id));
    }

    public boolean noticed(long itemId, int thresholdDays) {
        return em.find(ExpiryNotice.class, new ExpiryNotice.Key(itemId, thresholdDays)) != null;
    }

    /** Records the notice and writes it at once, so a notice another node recorded first fails here, not at commit. */
    public void recordNotice(ExpiryNotice notice) {
        em.persist(notice);
        em.flush();
    }

    public Optional<ExpiryNotice> notice(long itemId, int thresholdDays) {
        return Optional.ofNullable(em.find(ExpiryNotice.class, new ExpiryNotice.Key(itemId, thresholdDays)));
    }

    /** Connections whose end day has come, for ending what still runs of them. */
    public List<LiveConnection> endingOnOrBefore(LocalDate today) {
        return em.createQuery("select c from LiveConnection c where c.endsOn <= :today", LiveConnection.class)
                .setParameter("today", today)
                .getResultList();
    }
}
