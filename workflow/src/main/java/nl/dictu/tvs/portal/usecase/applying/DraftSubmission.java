package nl.dictu.tvs.portal.usecase.applying;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.PersistenceException;
import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submitting the organisation's draft, once: the same submission sent twice at once (a
 * double-clicked "Aanvraag indienen") makes one application, and both get its reference. The
 * second one's transaction fails on the draft the first one submitted (an optimistic lock, or a
 * lock timeout while the first commits); its work is rolled back, and it answers with the first
 * one's outcome as soon as that is committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DraftSubmission {

    /** How long a second submission waits for the first one to commit. */
    static final Duration AWAIT_FIRST = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> CONCURRENCY_FAILURES = List.of("OptimisticLock", "StaleState",
            "StaleObjectState", "PessimisticLock", "LockTimeout", "LockAcquisition", "Deadlock", "TransactionRollback",
            "TransactionRolledback", "RollbackException", "ConstraintViolation");
    private static final Logger LOG = Logger.getLogger(DraftSubmission.class.getName());

    @EJB
    private DraftService drafts;

    @EJB
    private DraftSubmitter submitter;

    /** Submits the draft as saved in {@code expectedVersion}; see {@link DraftSubmitter#submit}. Returns the reference. */
    public String submit(SignedInUser actor, long expectedVersion) {
        // the draft this submission is about: while the first one commits, only its outcome answers the second
        Optional<Long> draftId = drafts.openDraftId(actor);
        return submitOnce(actor, expectedVersion, submitter::submit,
                (who, version) -> draftId.flatMap(id -> drafts.submittedAs(who, id)), AWAIT_FIRST);
    }

    static String submitOnce(SignedInUser actor, long expectedVersion, BiFunction<SignedInUser, Long, String> submit,
                             BiFunction<SignedInUser, Long, Optional<String>> submittedFrom, Duration awaitFirst) {
        try {
            return submit.apply(actor, expectedVersion);
        } catch (EJBException | PersistenceException concurrent) {
            if (!isConcurrencyFailure(concurrent)) {
                throw concurrent;
            }
            Instant deadline = Instant.now().plus(awaitFirst);
            do {
                Optional<String> first = submittedFrom.apply(actor, expectedVersion);
                if (first.isPresent()) {
                    LOG.log(Level.INFO, "Draft version {0} of {1} was submitted twice at once; the second one gets {2}: {3}",
                            new Object[] {expectedVersion, actor.organisationOin(), first.get(), rootMessage(concurrent)});
                    return first.get();
                }
                sleep();
            } while (Instant.now().isBefore(deadline));
            throw concurrent;
        }
    }

    /**
     * Whether the failure is one a concurrent transaction on the same rows causes: an optimistic
     * lock, a lock wait that timed out or lost a deadlock, the same reference drawn twice, or the
     * commit rolled back for one of these. Recognised by name, so that the database and the JPA
     * provider's own exception types need not be on the class path.
     */
    static boolean isConcurrencyFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (CONCURRENCY_FAILURES.stream().anyMatch(name::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent submission", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
