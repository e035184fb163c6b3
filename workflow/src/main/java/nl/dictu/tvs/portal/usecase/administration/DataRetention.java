package nl.dictu.tvs.portal.usecase.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.limit.LimitStore;

import java.time.Instant;
import java.util.Map;

/**
 * Applies the retention of each kind of data ({@link RetentionPeriods}): erases the personal data of audit events
 * past their period (the events and the hash chain stay), and removes sent mail, ended invitations and idle request
 * counters past theirs. Each step removes only what is past its period, so running it twice, or on two nodes at
 * once, changes nothing more. The run is itself an audit event with the counts.
 */
@Stateless
public class DataRetention {

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private LimitStore limits;

    @Inject
    private Auditor auditor;

    @Inject
    private PortalConfig config;

    public DataRetention() {
        // for the container
    }

    /** Outside the container (tests). */
    public DataRetention(AuditTrail auditTrail, OutboxMailRepository outbox, InvitationRepository invitations,
            LimitStore limits, Auditor auditor, PortalConfig config) {
        this.auditTrail = auditTrail;
        this.outbox = outbox;
        this.invitations = invitations;
        this.limits = limits;
        this.auditor = auditor;
        this.config = config;
    }

    public RetentionRun apply(Instant now) {
        RetentionPeriods periods = RetentionPeriods.of(config);
        RetentionRun run = new RetentionRun(
                auditTrail.erasePersonalDataBefore(now.minus(periods.auditPersonalData()), now),
                outbox.deleteSentBefore(now.minus(periods.sentMail())),
                invitations.deleteEndedBefore(now.minus(periods.endedInvitations())),
                limits.deleteIdleBefore(now.minus(periods.requestCounters())));
        auditor.record(Auditor.SYSTEM, "retentionApplied", null, null, Map.of(), Map.of(
                "auditEventsErased", String.valueOf(run.auditEventsErased()),
                "sentMailRemoved", String.valueOf(run.sentMailRemoved()),
                "invitationsRemoved", String.valueOf(run.invitationsRemoved()),
                "requestCountersRemoved", String.valueOf(run.requestCountersRemoved())));
        return run;
    }

    /** What one run erased and removed. */
    public record RetentionRun(int auditEventsErased, int sentMailRemoved, int invitationsRemoved, int requestCountersRemoved) {
    }
}
