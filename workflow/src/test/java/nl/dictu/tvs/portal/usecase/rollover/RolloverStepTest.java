package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.notification.NotificationRecipients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily step against the database: each step is taken once, however often the step runs. */
class RolloverStepTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final RolloverRepository rollovers = new RolloverRepository(bed.em);
    private final RolloverStep step = new RolloverStep(rollovers,
            new RolloverMail(bed.outbox, new NotificationRecipients(new UserAccountRepository(bed.em)), bed.applications, bed.clock),
            new Auditor(bed.auditTrail, bed.clock));

    @AfterEach
    void close() {
        bed.close();
    }

    private long connectionWithNextCertificateActivatedOn(LocalDate activation) {
        return bed.inTransaction(() -> {
            Instant now = bed.clock.instant();
            LiveConnection connection = new LiveConnectionRepository(bed.em).save(new LiveConnection(
                    new OrganisationRepository(bed.em).findByOin(ServiceTestBed.anne().organisationOin()).orElseThrow(),
                    ConnectionEnvironment.PRODUCTION, null, "urn:nl-eid-gdi:1.0:DV:x:entities:0001", "", LocalDate.of(2025, 1, 1),
                    now, "import"));
            connection.watch(RolloverUse.SIGNING.watchedKind(), "old", now.plus(Duration.ofDays(30)));
            connection.watch(RolloverUse.SIGNING.watchedKind(), "new", now.plus(Duration.ofDays(700)));
            rollovers.save(certificate(connection, RolloverState.CURRENT, "old", LocalDate.of(2025, 1, 1)));
            return rollovers.save(certificate(connection, RolloverState.NEXT, "new", activation)).getId();
        });
    }

    private RolloverCertificate certificate(LiveConnection connection, RolloverState state, String label, LocalDate activation) {
        Instant now = bed.clock.instant();
        return new RolloverCertificate(connection, RolloverUse.SIGNING, state,
                new RolloverCertificate.CertificateFacts(label, label.repeat(20), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(700))),
                activation, new byte[] {1}, null, now, "anne");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(bed.clock.instant(), WorkingDays.ZONE);
    }

    private boolean advance(long id) {
        return bed.inTransaction(() -> step.advance(id, bed.clock.instant()));
    }

    private long mails(String template) {
        return bed.inTransaction(() -> bed.em.createQuery("select count(m) from OutboxMail m where m.templateKey = :template", Long.class)
                .setParameter("template", template).getSingleResult());
    }

    @Test
    void shouldRemindOnceFourteenDaysAheadHoweverOftenItRuns() {
        long id = connectionWithNextCertificateActivatedOn(today().plusDays(14));

        assertThat(advance(id)).isTrue();
        assertThat(advance(id)).isFalse();

        long reminders = mails("certificateRolloverDue");
        assertThat(reminders).isPositive();
        assertThat(advance(id)).isFalse();
        assertThat(mails("certificateRolloverDue")).isEqualTo(reminders);
    }

    @Test
    void shouldSwitchOnceOnTheActivationDateAndStopWatchingTheOldCertificate() {
        long id = connectionWithNextCertificateActivatedOn(today());

        assertThat(advance(id)).isTrue();
        assertThat(advance(id)).isFalse();

        bed.inTransaction(() -> {
            RolloverCertificate now = rollovers.find(id).orElseThrow();
            assertThat(now.getState()).isEqualTo(RolloverState.CURRENT);
            assertThat(rollovers.ofConnection(now.getConnection().getId())).extracting(RolloverCertificate::getState)
                    .containsExactlyInAnyOrder(RolloverState.RETIRED, RolloverState.CURRENT);
            assertThat(now.getConnection().getItems()).extracting(WatchedItem::getLabel).containsExactly("new");
        });
        assertThat(mails("certificateRolloverSwitched")).isPositive();
        assertThat(rollovers.pendingNext(today())).isEmpty();
    }
}
