package nl.dictu.tvs.portal.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The outbox. Runs inside the caller's transaction. */
@ApplicationScoped
public class OutboxMailRepository {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    /** Hibernate's lock timeout for SKIP LOCKED ({@code org.hibernate.LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;

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

    /** Ids of mails due for an attempt, oldest first, with those whose claim is older than {@code lease}. */
    public List<Long> dueIds(Instant now, Duration lease, int max) {
        return due(now, lease, max, false).stream().map(OutboxMail::getId).toList();
    }

    /**
     * Mails due for an attempt, oldest first, locked for the caller's transaction. Rows another
     * sender (another node) has locked are skipped rather than waited for ({@code FOR UPDATE SKIP
     * LOCKED}): two senders claim different mails instead of failing on the same ones. A mail whose
     * claim is older than {@code lease} is due again: its sender died between claiming and marking.
     */
    public List<OutboxMail> lockDue(Instant now, Duration lease, int max) {
        return due(now, lease, max, true);
    }

    /*
     * Two statements rather than one "or": each is served by its own index ((status, next_attempt_at) and
     * (status, claimed_at)); H2 does not combine two indexes for an "or", so it read every mail every 5 s.
     */
    private List<OutboxMail> due(Instant now, Duration lease, int max, boolean lock) {
        List<OutboxMail> pending = run(em.createQuery("select m from OutboxMail m where m.status = :pending"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now), max, lock);
        List<OutboxMail> staleClaims = run(em.createQuery("select m from OutboxMail m where m.status = :sending"
                        + " and m.claimedAt <= :claimedBefore order by m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("claimedBefore", now.minus(lease)), max, lock);
        if (staleClaims.isEmpty()) {
            return pending;
        }
        List<OutboxMail> all = new ArrayList<>(pending);
        all.addAll(staleClaims);
        all.sort(Comparator.comparing(OutboxMail::getNextAttemptAt).thenComparing(OutboxMail::getId));
        return List.copyOf(all.subList(0, Math.min(max, all.size())));
    }

    private static List<OutboxMail> run(TypedQuery<OutboxMail> query, int max, boolean lock) {
        query.setMaxResults(max);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, SKIP_LOCKED);
        }
        return query.getResultList();
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
