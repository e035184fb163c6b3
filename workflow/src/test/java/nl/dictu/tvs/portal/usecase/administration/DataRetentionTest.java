package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.invitation.Invitation;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.limit.LimitStore;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention of each kind of data, with its defaults, and the audit trail's guard letting only an erasure through. */
class DataRetentionTest {

    private static final SignedInUser ADMIN = new SignedInUser("henk", "Henk", Set.of("admin"), null, null, null);
    private static final Duration EIGHT_YEARS = Duration.ofDays(8 * 366);

    private final ServiceTestBed bed = new ServiceTestBed();
    private final Auditor auditor = new Auditor(bed.auditTrail, bed.clock);
    private final InvitationRepository invitations = new InvitationRepository(bed.em);
    private final LimitStore limits = new LimitStore(bed.dataSource);
    private final DataRetention retention = new DataRetention(bed.auditTrail, bed.outbox, invitations, limits, auditor,
            configWith(Map.of()));
    private final AuditVerification verification = new AuditVerification(bed.auditTrail);

    @AfterEach
    void close() {
        bed.close();
    }

    private void record(String actor, String action) {
        bed.inTransaction(() -> auditor.record(actor, action, null, null, Map.of("role", "before"), Map.of("role", "after")));
    }

    private List<AuditEvent> events() {
        bed.em.clear();
        return bed.inTransaction(() -> bed.auditTrail.after(0, 1000));
    }

    @Test
    void shouldEraseThePersonalDataOfAuditEventsPastSevenYearsAndKeepTheChainIntact() {
        record("henk", "userRolesChanged");
        record("anne", "signIn");
        bed.clock.advance(EIGHT_YEARS);
        record("piet", "invitationSent");

        DataRetention.RetentionRun run = bed.inTransaction(() -> retention.apply(bed.clock.instant()));

        assertThat(run.auditEventsErased()).isEqualTo(2);
        List<AuditEvent> events = events();
        assertThat(events.subList(0, 2)).allSatisfy(erased -> {
            assertThat(erased.isErased()).isTrue();
            assertThat(erased.getActor()).isEqualTo(AuditEvent.ERASED_ACTOR);
            assertThat(erased.getBeforeJson()).isNull();
            assertThat(erased.getAfterJson()).isNull();
            assertThat(erased.getClientAddress()).isNull();
        });
        assertThat(events.get(0).getAction()).as("what happened stays").isEqualTo("userRolesChanged");
        assertThat(events.get(2).getActor()).as("within its period").isEqualTo("piet");
        assertThat(events.get(2).isErased()).isFalse();
        assertThat(events.get(3).getAction()).isEqualTo("retentionApplied");
        assertThat(events.get(3).getAfterJson()).contains("\"auditEventsErased\":\"2\"");
        assertThat(bed.inTransaction(() -> verification.check(ADMIN)).intact()).as("the chain verifies on the stored hashes")
                .isTrue();
        assertThat(bed.inTransaction(() -> retention.apply(bed.clock.instant())).auditEventsErased())
                .as("a second run erases nothing more").isZero();
    }

    @Test
    void shouldLetTheDatabaseRefuseEveryOtherChangeOfAnErasedOrLiveEvent() {
        record("henk", "userRolesChanged");
        bed.clock.advance(EIGHT_YEARS);
        record("piet", "signIn");
        bed.inTransaction(() -> retention.apply(bed.clock.instant()));
        long erased = events().get(0).getId();
        long live = events().get(1).getId();

        for (String forbidden : List.of(
                "UPDATE audit_event SET action = 'forged' WHERE id = " + erased,
                "UPDATE audit_event SET erased_at = NULL WHERE id = " + erased,
                "UPDATE audit_event SET actor = 'mallory' WHERE id = " + erased,
                "UPDATE audit_event SET actor = '-', client_address = NULL, before_json = NULL, after_json = NULL, "
                        + "erased_at = CURRENT_TIMESTAMP, chain_hash = '" + "0".repeat(64) + "' WHERE id = " + live,
                "UPDATE audit_event SET actor = '-', erased_at = CURRENT_TIMESTAMP WHERE id = " + live,
                "DELETE FROM audit_event WHERE id = " + erased)) {
            assertThatThrownBy(() -> bed.inTransaction(() -> bed.em.createNativeQuery(forbidden).executeUpdate()))
                    .as(forbidden).hasStackTraceContaining("append-only");
        }
        assertThat(bed.inTransaction(() -> verification.check(ADMIN)).intact()).isTrue();
    }

    @Test
    void shouldRemoveSentMailEndedInvitationsAndIdleCountersPastTheirPeriodOnly() {
        Instant start = bed.clock.instant();
        bed.inTransaction(() -> {
            OutboxMail sent = bed.outbox.queueOnce(new OutboxMail("old-sent", "anne@example.nl", "invitation", "nl", "{}", start));
            sent.claim(start, Duration.ofMinutes(5));
            sent.markSent(start);
            bed.outbox.queueOnce(new OutboxMail("old-pending", "anne@example.nl", "invitation", "nl", "{}", start));
            invitations.save(new Invitation(new OrganisationRepository(bed.em).findByOin(ServiceTestBed.OIN).orElseThrow(),
                    "piet@example.nl", MemberRole.APPLICANT, "a".repeat(64), "henk", start));
        });
        limits.hit("signin:address:192.0.2.7", start, Duration.ofHours(1));
        Instant later = start.plus(Duration.ofDays(100));
        limits.hit("signin:address:192.0.2.8", later, Duration.ofHours(1));
        bed.inTransaction(() -> {
            OutboxMail recent = bed.outbox.queueOnce(new OutboxMail("new-sent", "anne@example.nl", "invitation", "nl", "{}", later));
            recent.claim(later, Duration.ofMinutes(5));
            recent.markSent(later);
        });

        DataRetention.RetentionRun run = bed.inTransaction(() -> retention.apply(later));

        assertThat(run.sentMailRemoved()).isEqualTo(1);
        assertThat(run.invitationsRemoved()).isEqualTo(1);
        assertThat(run.requestCountersRemoved()).isEqualTo(1);
        bed.em.clear();
        assertThat(bed.inTransaction(() -> bed.outbox.findByKey("old-sent"))).isEmpty();
        assertThat(bed.inTransaction(() -> bed.outbox.findByKey("old-pending"))).as("not yet sent: kept").isPresent();
        assertThat(bed.inTransaction(() -> bed.outbox.findByKey("new-sent"))).as("within its period").isPresent();
        assertThat(limits.blockedUntil("signin:address:192.0.2.8")).isEmpty();
        assertThat(bed.inTransaction(() -> ((Number) bed.em.createNativeQuery("SELECT COUNT(*) FROM request_limit")
                .getSingleResult()).intValue())).isEqualTo(1);
    }

    @Test
    void shouldReadEachPeriodInDaysAndRefuseOneThatIsNoWholeNumberOfDaysOfAtLeastOne() {
        RetentionPeriods defaults = RetentionPeriods.of(configWith(Map.of()));
        assertThat(defaults.auditPersonalData()).isEqualTo(Duration.ofDays(2557));
        assertThat(defaults.sentMail()).isEqualTo(Duration.ofDays(90));
        assertThat(RetentionPeriods.of(configWith(Map.of(RetentionPeriods.MAIL_DAYS, "30"))).sentMail())
                .isEqualTo(Duration.ofDays(30));

        assertThatThrownBy(() -> RetentionPeriods.of(configWith(Map.of(RetentionPeriods.MAIL_DAYS, "soon"))))
                .hasMessageContaining("TVS_RETENTION_MAIL_DAYS").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> RetentionPeriods.of(configWith(Map.of(RetentionPeriods.AUDIT_DAYS, "0"))))
                .hasMessageContaining("TVS_RETENTION_AUDIT_DAYS").hasMessageContaining("at least 1");
    }

    private static PortalConfig configWith(Map<String, String> values) {
        return new PortalConfig() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(values.get(name));
            }
        };
    }
}
