package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail's hash chain, the database refusing changes, and the check that finds a break. */
class AuditVerificationTest {

    private static final SignedInUser ADMIN = new SignedInUser("henk", "Henk", Set.of("admin"), null, null, null);

    private final ServiceTestBed bed = new ServiceTestBed();
    private final Auditor auditor = new Auditor(bed.auditTrail, bed.clock);
    private final AuditVerification verification = new AuditVerification(bed.auditTrail);

    @AfterEach
    void close() {
        bed.close();
    }

    private List<AuditEvent> recordThree() {
        for (String action : List.of("signIn", "userRolesChanged", "invitationSent")) {
            bed.inTransaction(() -> auditor.record("henk", action, null, null, Map.of(), Map.of("n", action)));
        }
        return bed.inTransaction(() -> bed.auditTrail.after(0, 1000));
    }

    @Test
    void shouldChainEveryEventToTheOneBeforeAndFindTheChainIntact() {
        List<AuditEvent> events = recordThree();

        AuditCheck check = bed.inTransaction(() -> verification.check(ADMIN));

        assertThat(check.intact()).isTrue();
        assertThat(check.eventsChecked()).isEqualTo(events.size());
        assertThat(events).allSatisfy(e -> assertThat(e.getChainHash()).hasSize(64));
        assertThat(events.get(1).getChainHash()).isNotEqualTo(events.get(2).getChainHash());
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAnAuditEventInTheDatabase() {
        recordThree();

        assertThatThrownBy(() -> bed.inTransaction(() -> bed.em.createNativeQuery("UPDATE audit_event SET actor = 'mallory'")
                .executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> bed.inTransaction(() -> bed.em.createNativeQuery("DELETE FROM audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(bed.inTransaction(() -> verification.check(ADMIN)).intact()).isTrue();
    }

    @Test
    void shouldFindTheFirstChangedEventOnceTheGuardIsGone() {
        List<AuditEvent> events = recordThree();
        bed.inTransaction(() -> bed.em.createNativeQuery("DROP TRIGGER audit_event_append_only").executeUpdate());
        bed.inTransaction(() -> bed.em.createNativeQuery("UPDATE audit_event SET actor = 'mallory' WHERE id = "
                + events.get(1).getId()).executeUpdate());
        bed.em.clear();

        AuditCheck check = bed.inTransaction(() -> verification.check(ADMIN));

        assertThat(check.intact()).isFalse();
        assertThat(check.brokenAtEventId()).isEqualTo(events.get(1).getId());
    }

    @Test
    void shouldNoticeEventsRemovedFromTheEnd() {
        List<AuditEvent> events = recordThree();
        bed.inTransaction(() -> bed.em.createNativeQuery("DROP TRIGGER audit_event_append_only").executeUpdate());
        bed.inTransaction(() -> bed.em.createNativeQuery("DELETE FROM audit_event WHERE id = " + events.get(2).getId())
                .executeUpdate());
        bed.em.clear();

        assertThat(bed.inTransaction(() -> verification.check(ADMIN)).intact()).isFalse();
    }
}
