package nl.dictu.tvs.portal.usecase.mandate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateRepository;
import nl.dictu.tvs.portal.domain.mandate.MandateSide;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mandates as the members of either side handle them: invite (from the supplier or from the served
 * organisation), accept (a served organisation's acceptance needs a signatory), revoke (the served organisation,
 * at once) and, for the served organisation, what suppliers did in its name.
 */
@Stateless
public class MandateService {

    static final String INVITED = "mandateInvited";
    static final String ACCEPTED = "mandateAccepted";
    static final String REVOKED = "mandateRevoked";
    private static final int MAX_EVENTS = 500;

    @Inject
    private MandateRepository mandates;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail trail;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public MandateService() {
        // for the container
    }

    /** Whether the actor's organisation is a supplier, which acts for others, or an organisation a supplier may serve. */
    public boolean isSupplier(SignedInUser actor) {
        return organisationOf(actor).isSupplier();
    }

    /** Every mandate of the actor's organisation, newest first. */
    public List<MandateView> mandates(SignedInUser actor) {
        Organisation own = organisationOf(actor);
        return mandates.involving(own.getOin()).stream().map(m -> view(m, own.getOin())).toList();
    }

    /** Invites the organisation with this OIN: a supplier invites one to serve, anyone else invites a supplier. */
    public MandateView invite(SignedInUser actor, String otherOin) {
        Organisation own = organisationOf(actor);
        String oin = otherOin == null ? "" : otherOin.strip();
        if (oin.isEmpty()) {
            throw ActionRefusedException.of("oin", "mandate.invite.oinMissing");
        }
        Organisation other = organisations.findByOin(oin)
                .orElseThrow(() -> ActionRefusedException.of("oin", "mandate.invite.unknownOrganisation", oin));
        MemberRole role = roleOf(actor);
        List<Mandate> unrevoked = own.isSupplier() ? mandates.unrevokedBetween(own.getOin(), oin)
                : mandates.unrevokedBetween(oin, own.getOin());
        Mandate mandate = mandates.save(MandateRules.invite(own, role, other, unrevoked, actor.username(), clock.instant()));
        audit(actor, INVITED, mandate);
        return view(mandate, own.getOin());
    }

    /** The actor's side accepts the mandate. */
    public MandateView accept(SignedInUser actor, long mandateId) {
        Organisation own = organisationOf(actor);
        Mandate mandate = visible(own, mandateId);
        MemberRole role = roleOf(actor);
        MandateRules.accept(mandate, own.getOin(), role, actor.username(), clock.instant());
        audit(actor, ACCEPTED, mandate);
        return view(mandate, own.getOin());
    }

    /** The served organisation ends the mandate, at once. */
    public MandateView revoke(SignedInUser actor, long mandateId) {
        Organisation own = organisationOf(actor);
        Mandate mandate = visible(own, mandateId);
        MandateRules.revoke(mandate, own.getOin(), actor.username(), clock.instant());
        audit(actor, REVOKED, mandate);
        return view(mandate, own.getOin());
    }

    /** What suppliers' members did in the actor's organisation's name (and the mandates' own events), newest first. */
    public List<ActedForView> actedForOwnOrganisation(SignedInUser actor) {
        Organisation own = organisationOf(actor);
        Map<Long, String> supplierNames = new HashMap<>();
        mandates.involving(own.getOin()).forEach(m -> supplierNames.put(m.getSupplier().getId(), m.getSupplier().getName()));
        return trail.actedFor(own.getId(), MAX_EVENTS).stream()
                .map(e -> new ActedForView(e.getOccurredAt(), e.getActor(),
                        e.getSupplierOrganisationId().map(supplierNames::get).orElse(""), e.getAction(),
                        Optional.ofNullable(e.getAfterJson()).orElse("")))
                .toList();
    }

    private void audit(SignedInUser actor, String action, Mandate mandate) {
        auditor.recordActingFor(actor.username(), action, null, mandate.getSupplier().getId(), mandate.getServed().getId(),
                Map.of(), Map.of("mandate", String.valueOf(mandate.getId()), "supplier", mandate.getSupplier().getOin(),
                        "served", mandate.getServed().getOin(), "status", status(mandate)));
    }

    private Mandate visible(Organisation own, long mandateId) {
        Mandate mandate = mandates.find(mandateId).orElseThrow(() -> new AccessRefusedException("mandate.unknown"));
        MandateRules.sideOf(mandate, own.getOin());
        return mandate;
    }

    private Organisation organisationOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
    }

    private MemberRole roleOf(SignedInUser actor) {
        return accounts.findByUsername(actor.username()).flatMap(UserAccount::getMemberRole).orElse(MemberRole.APPLICANT);
    }

    static String status(Mandate mandate) {
        if (mandate.getRevokedAt().isPresent()) {
            return "REVOKED";
        }
        if (mandate.isActive()) {
            return "ACTIVE";
        }
        return mandate.getSupplierAgreedAt().isEmpty() ? "WAITING_FOR_SUPPLIER" : "WAITING_FOR_SIGNATURE";
    }

    private static MandateView view(Mandate m, String ownOin) {
        MandateSide side = MandateRules.sideOf(m, ownOin);
        boolean mayAccept = m.isPending() && (side == MandateSide.SUPPLIER
                ? m.getSupplierAgreedAt().isEmpty()
                : m.getSignedAt().isEmpty());
        Instant revokedAt = m.getRevokedAt().orElse(null);
        return new MandateView(m.getId(), m.getSupplier().getOin(), m.getSupplier().getName(), m.getServed().getOin(),
                m.getServed().getName(), status(m), side.name(), m.getInvitedBy(), m.getInvitedAt(),
                m.getSignedBy().orElse(null), revokedAt, mayAccept, side == MandateSide.SERVED && revokedAt == null);
    }
}
