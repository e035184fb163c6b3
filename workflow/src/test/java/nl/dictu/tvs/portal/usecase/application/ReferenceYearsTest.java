package nl.dictu.tvs.portal.usecase.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    private final EntityManagerFactory factory = migratedDatabase();
    private final ExecutorService submissions = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        submissions.shutdownNow();
        factory.close();
    }

    private static EntityManagerFactory migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:reference-years-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        return Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.database-product-name", "H2"));
    }

    /**
     * A submission on a connection of its own: it opens the year (holding its own transaction open for
     * {@code holdOpen} after the insert) and then draws the year's next reference.
     */
    private String submission(Runnable holdOpen) {
        EntityManager em = factory.createEntityManager();
        try {
            ApplicationRepository applications = new ApplicationRepository(em);
            new ReferenceYears(applications, opening -> inTransaction(em, () -> {
                opening.run();
                holdOpen.run();
                return null;
            })).open(YEAR);
            return inTransaction(em, () -> applications.nextReference(YEAR).value());
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
    void shouldLetTwoFirstOpeningsOfAYearAtOnceBothGoOnWithDistinctNumbers() throws Exception {
        CountDownLatch firstInserted = new CountDownLatch(1);
        // given the first opening has inserted the year's counter and not committed yet
        Future<String> first = submissions.submit(() -> submission(() -> {
            firstInserted.countDown();
            pause();
        }));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();

        // when the second one opens the same year meanwhile (without it, H2 refuses the second insert on the key)
        Future<String> second = submissions.submit(() -> submission(() -> { }));

        // then neither fails, and each draws its own number
        assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("TVS-2027-00001", "TVS-2027-00002");
    }

    @Test
    void shouldOpenAYearOnlyOnceWhenItIsOpenedAgain() {
        String first = submission(() -> { });
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
