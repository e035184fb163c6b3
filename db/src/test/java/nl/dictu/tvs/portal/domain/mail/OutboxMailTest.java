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
            assertThat(outbox.dueIds(NOW, 10)).hasSize(1);
            assertThat(outbox.dueIds(NOW.minusSeconds(1), 10)).isEmpty();
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

            List<String> locked = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(NOW, 1).stream()
                    .map(OutboxMail::getIdempotencyKey).toList());

            assertThat(locked).containsExactly("first");
            List<OutboxMail> notYetDue = db.inTransaction(em -> new OutboxMailRepository(em).lockDue(NOW.minusSeconds(1), 10));
            assertThat(notYetDue).isEmpty();
        }
    }

    @Test
    void shouldRetryAFailedAttemptLaterWithAGrowingDelayAndKeepTheError() {
        OutboxMail mail = mail("k");

        mail.claim(NOW);
        mail.recordFailure("Connection refused", NOW);
        Instant firstRetry = mail.getNextAttemptAt();
        mail.claim(firstRetry);
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
            failing.claim(at);
            failing.recordFailure("550 mailbox unavailable", at);
            at = failing.getNextAttemptAt();
        }
        OutboxMail sent = mail("b");
        sent.claim(NOW);
        sent.markSent(NOW);

        assertThat(failing.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failing.getLastError()).isEqualTo("550 mailbox unavailable");
        assertThat(OutboxMail.retryDelay(20)).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> sent.claim(NOW.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(sent.getSentAt()).isEqualTo(NOW);
    }
}
