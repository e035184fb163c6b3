package nl.dictu.tvs.portal.usecase.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Opens a year's reference counter in a transaction of its own, committed before the submission draws its number.
 * The first two submissions of a year (on one node or two) both open it, and neither fails on the key: on PostgreSQL
 * the second insert waits for the first and then does nothing; the embedded H2 has no such statement, but every
 * transaction on it runs in this JVM, so its openings take turns, each committed before the next one looks.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferenceYears {

    private static final Lock EMBEDDED_OPENINGS = new ReentrantLock();

    @Inject
    private ApplicationRepository applications;

    @Inject
    private PortalConfig config;

    @Resource
    private UserTransaction transaction;

    private Consumer<Runnable> ownTransaction;

    public ReferenceYears() {
        // for the container
    }

    /** Outside the container (tests): the same work on the embedded database, in the caller's transaction. */
    ReferenceYears(ApplicationRepository applications) {
        this(applications, Runnable::run);
    }

    /** Outside the container (tests): on the embedded database, each opening in the transaction {@code ownTransaction} runs. */
    ReferenceYears(ApplicationRepository applications, Consumer<Runnable> ownTransaction) {
        this.applications = applications;
        this.ownTransaction = ownTransaction;
    }

    /** Opens the year's counter unless it is open; committed when this returns. */
    public void open(int year) {
        if (config != null && !config.isEmbeddedDatabase()) {
            inOwnTransaction(() -> applications.openReferenceYearOnPostgresql(year));
            return;
        }
        EMBEDDED_OPENINGS.lock();
        try {
            inOwnTransaction(() -> applications.openReferenceYear(year));
        } finally {
            EMBEDDED_OPENINGS.unlock();
        }
    }

    private void inOwnTransaction(Runnable work) {
        if (ownTransaction != null) {
            ownTransaction.accept(work);
            return;
        }
        try {
            transaction.begin();
            try {
                work.run();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
            transaction.commit();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the reference counter of a new year could not be opened", e);
        }
    }
}
