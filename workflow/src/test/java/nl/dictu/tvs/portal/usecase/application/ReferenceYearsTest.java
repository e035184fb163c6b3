package nl.dictu.tvs.portal.usecase.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The first two submissions of a year open its reference counter at once: neither fails, each gets its own number. */
class ReferenceYearsTest {

    private static final int YEAR = 2027;

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory factory = migratedDatabase(dataSource);
    private final ExecutorService submissions = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        submissions.shutdownNow();
        factory.close();
    }

    private static EntityManagerFactory migratedDatabase(JdbcDataSource dataSource) {
        dataSource.setURL("jdbc:h2:mem:reference-years-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        return Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.database-product-name", "H2"));
    }

    /**
     * The database as {@code open} sees it in the container: its statements in a transaction of their own (the
     * REQUIRES_NEW one), committed after the connection is closed, here {@code holdOpen} later.
     */
    private DataSource ownTransactions(Runnable holdOpen) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection") || args != null) {
                        return method.invoke(dataSource, args);
                    }
                    Connection connection = dataSource.getConnection();
                    connection.setAutoCommit(false);
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (c, call, callArgs) -> {
                                if (call.getName().equals("close")) {
                                    holdOpen.run();
                                    connection.commit();
                                }
                                try {
                                    return call.invoke(connection, callArgs);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    /** A submission: it opens the year unless it is open (as {@code ApplicationCommands} does), then draws a number. */
    private String submission(Runnable holdOpen) {
        EntityManager em = factory.createEntityManager();
        try {
            ApplicationRepository applications = new ApplicationRepository(em);
            return inTransaction(em, () -> {
                if (!applications.hasReferenceYear(YEAR)) {
                    new ReferenceYears(ownTransactions(holdOpen)).open(YEAR);
                }
                return applications.nextReference(YEAR).value();
            });
        } finally {
            em.close();
        }
    }

    private static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    @Test
    void shouldLetTwoFirstOpeningsOfAYearAtOnceBothGoOnWithDistinctConsecutiveNumbers() throws Exception {
        CountDownLatch firstInserted = new CountDownLatch(1);
        // given the first opening has inserted the year's counter and not committed yet
        Future<String> first = submissions.submit(() -> submission(() -> {
            firstInserted.countDown();
            pause();
        }));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();

        // when the second one opens the same year meanwhile (its insert waits for the first, then fails on the key)
        Future<String> second = submissions.submit(() -> submission(() -> { }));

        // then neither fails, and each draws its own number
        assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("TVS-2027-00001", "TVS-2027-00002");
    }

    @Test
    void shouldLeaveAnOpenYearsCounterAsItIsWhenItIsOpenedAgain() {
        String first = submission(() -> { });
        new ReferenceYears(dataSource).open(YEAR); // a second first submission that saw the year not yet open

        String second = submission(() -> { });

        assertThat(List.of(first, second)).containsExactly("TVS-2027-00001", "TVS-2027-00002");
    }

    /** Long enough for the second opening to reach the counter while the first one's transaction is open. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
