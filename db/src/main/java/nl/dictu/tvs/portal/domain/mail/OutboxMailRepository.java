package nl.dictu.tvs.portal.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox. Runs inside the caller's transaction. */
@ApplicationScoped
public class OutboxMailRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected OutboxMailRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public OutboxMailRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues the mail unless one with the same idempotency key is already queued; returns the one
     * that is in the outbox now. The unique key backs this up against a concurrent duplicate.
     */
    public OutboxMail queueOnce(OutboxMail mail) {
        Optional<OutboxMail> existing = findByKey(mail.getIdempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        em.persist(mail);
        return mail;
    }

    public Optional<OutboxMail> findByKey(String idempotencyKey) {
        return em.createQuery("select m from OutboxMail m where m.idempotencyKey = :key", OutboxMail.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    public Optional<OutboxMail> findById(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** Ids of mails due for an attempt, oldest first. */
    public List<Long> dueIds(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now "
                        + "order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The newest mails with this status, newest first. */
    public List<OutboxMail> latest(MailStatus status, int max) {
        return em.createQuery("select m from OutboxMail m where m.status = :status order by m.createdAt desc, m.id desc",
                        OutboxMail.class)
                .setParameter("status", status)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(MailStatus status) {
        return em.createQuery("select count(m) from OutboxMail m where m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    public List<OutboxMail> withStatus(MailStatus status) {
        return em.createQuery("select m from OutboxMail m where m.status = :status order by m.id", OutboxMail.class)
                .setParameter("status", status)
                .getResultList();
    }

    /** Removes the mail sent before {@code cutoff} (its recipient and parameters with it); returns how many. */
    public int deleteSentBefore(Instant cutoff) {
        return em.createQuery("delete from OutboxMail m where m.status = :sent and m.sentAt < :cutoff")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
