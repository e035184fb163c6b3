package nl.dictu.tvs.portal.domain.mail;

import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-04-23T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static OutboxMail mail(String key) {
        return new OutboxMail(key, "anne@example.nl", "preproductionConnected", "nl", "{}", NOW);
    }

    @Test
    void shouldQueueOneMailPerIdempotencyKey() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            OutboxMailRepository outbox = new OutboxMailRepository(db.em());

            db.inTransaction(em -> outbox.queueOnce(mail("pi-1:act-1:anne@example.nl")));
            db.inTransaction(em -> outbox.queueOnce(mail("pi-1:act-1:anne@example.nl")));

            assertThat(outbox.withStatus(MailStatus.PENDING)).hasSize(1);
            assertThat(outbox.dueIds(NOW, LEASE, 10)).hasSize(1);
            assertThat(outbox.dueIds(NOW.minusSeconds(1), LEASE, 10)).isEmpty();
        }
    }

    /**
     * Locks the due mails, oldest first. That a second sender skips them is PostgreSQL's SKIP LOCKED
     * (H2's dialect leaves it out; H2 serves one node only): ClusterIT shows it with two nodes.
     */
    @Test
    void shouldLockTheDueMailsOldestFirst() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(mail("first")));
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(mail("second")));

            List<String> locked = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(NOW, LEASE, 1).stream()
                    .map(OutboxMail::getIdempotencyKey).toList());

            assertThat(locked).containsExactly("first");
            List<OutboxMail> notYetDue = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(NOW.minusSeconds(1), LEASE, 10));
            assertThat(notYetDue).isEmpty();
        }
    }

    @Test
    void shouldRetryAFailedAttemptLaterWithAGrowingDelayAndKeepTheError() {
        OutboxMail mail = mail("k");

        mail.claim(NOW, LEASE);
        mail.recordFailure("Connection refused", NOW);
        Instant firstRetry = mail.getNextAttemptAt();
        mail.claim(firstRetry, LEASE);
        mail.recordFailure("Connection refused again", firstRetry);

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getLastError()).isEqualTo("Connection refused again");
        assertThat(firstRetry).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(mail.getNextAttemptAt()).isEqualTo(firstRetry.plus(Duration.ofMinutes(2)));
        assertThat(mail.isDue(firstRetry.plus(Duration.ofMinutes(1)))).isFalse();
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptAndNeverClaimASentMail() {
        OutboxMail failing = mail("a");
        Instant at = NOW;
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            failing.claim(at, LEASE);
            failing.recordFailure("550 mailbox unavailable", at);
            at = failing.getNextAttemptAt();
        }
        OutboxMail sent = mail("b");
        sent.claim(NOW, LEASE);
        sent.markSent(NOW);

        assertThat(failing.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failing.getLastError()).isEqualTo("550 mailbox unavailable");
        assertThat(OutboxMail.retryDelay(20)).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> sent.claim(NOW.plusSeconds(60), LEASE)).isInstanceOf(IllegalStateException.class);
        assertThat(sent.getSentAt()).isEqualTo(NOW);
    }

    /** A sender killed between claiming and marking leaves the mail SENDING: after the lease any sender takes it again. */
    @Test
    void shouldOfferAMailAgainOnlyOnceItsClaimIsOlderThanTheLease() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(mail("orphaned")));
            db.inTransaction(em -> {
                OutboxMail first = new OutboxMailRepository(em).lockDue(NOW, LEASE, 1).get(0);
                first.claim(NOW, LEASE);
                return first;
            });

            List<OutboxMail> withinLease = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(NOW.plus(LEASE).minusSeconds(1), LEASE, 10));
            Instant reclaimedAt = NOW.plus(LEASE);
            OutboxMail reclaimed = db.inTransaction(em -> {
                OutboxMail again = new OutboxMailRepository(em).lockDue(reclaimedAt, LEASE, 10).get(0);
                again.claim(reclaimedAt, LEASE);
                return again;
            });
            OutboxMail stored = db.inTransaction(em -> new OutboxMailRepository(em).findByKey("orphaned").orElseThrow());

            assertThat(withinLease).isEmpty();
            assertThat(reclaimed.getAttempts()).isEqualTo(2);
            assertThat(stored.getClaimedAt()).contains(reclaimedAt);
            assertThat(stored.isClaimedAt(reclaimedAt)).isTrue();
            assertThat(stored.isClaimedAt(NOW)).as("the first claim is no longer the open one").isFalse();
        }
    }

    /** Pending mails and expired claims come from two statements; together they are still oldest first, at most max. */
    @Test
    void shouldOfferExpiredClaimsAndPendingMailsTogetherOldestFirst() {
        try (MigratedDatabase db = MigratedDatabase.migrated()) {
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(
                    new OutboxMail("newer", "anne@example.nl", "preproductionConnected", "nl", "{}", NOW.plusSeconds(60))));
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(mail("orphaned")));
            db.inTransaction(em -> {
                OutboxMail orphaned = new OutboxMailRepository(em).findByKey("orphaned").orElseThrow();
                orphaned.claim(NOW, LEASE);
                return orphaned;
            });
            db.inTransaction(em -> new OutboxMailRepository(em).queueOnce(
                    new OutboxMail("newest", "anne@example.nl", "preproductionConnected", "nl", "{}", NOW.plusSeconds(120))));
            Instant later = NOW.plus(LEASE).plusSeconds(120);

            List<String> due = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(later, LEASE, 10).stream()
                    .map(OutboxMail::getIdempotencyKey).toList());
            List<String> firstTwo = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(later, LEASE, 2).stream()
                    .map(OutboxMail::getIdempotencyKey).toList());

            assertThat(due).containsExactly("orphaned", "newer", "newest");
            assertThat(firstTwo).containsExactly("orphaned", "newer");
            assertThat(new OutboxMailRepository(db.em()).dueIds(later, LEASE, 10)).hasSize(3);
        }
    }

    @Test
    void shouldNeverReclaimAMailWhoseLeaseIsStillRunning() {
        OutboxMail claimed = mail("a");
        claimed.claim(NOW, LEASE);

        assertThatThrownBy(() -> claimed.claim(NOW.plus(LEASE).minusMillis(1), LEASE)).isInstanceOf(IllegalStateException.class);
        claimed.claim(NOW.plus(LEASE), LEASE);
        assertThat(claimed.getAttempts()).isEqualTo(2);
    }
}
