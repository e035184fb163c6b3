package nl.dictu.tvs.portal.usecase.mandate;

import nl.dictu.tvs.portal.domain.mandate.Mandate;
import nl.dictu.tvs.portal.domain.mandate.MandateSide;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who may invite, accept and revoke a mandate, and when a supplier may act for an organisation. A mandate
 * holds once the supplier agreed and a signatory of the served organisation signed; the invitation counts as
 * its inviter's side (a served organisation's invitation is its signature only when a signatory sends it).
 */
public final class MandateRules {

    /** The key of the refusal of a supplier's action for an organisation that granted it no mandate in force. */
    public static final String MISSING = "mandate.missing";

    /** The key of the refusal of an action for another organisation by an organisation that is no supplier. */
    public static final String NOT_A_SUPPLIER = "mandate.notASupplier";

    private MandateRules() {
    }

    /**
     * A new invitation from the actor's organisation to the other one: a supplier invites an organisation it
     * wants to serve, any other organisation invites a supplier.
     *
     * @param unrevoked the mandates between the two that are not revoked
     */
    public static Mandate invite(Organisation own, MemberRole actorRole, Organisation other, Collection<Mandate> unrevoked,
                                 String username, Instant now) {
        if (own.getOin().equals(other.getOin())) {
            throw ActionRefusedException.of("oin", "mandate.invite.self");
        }
        boolean fromSupplier = own.isSupplier();
        if (fromSupplier && other.isSupplier()) {
            throw ActionRefusedException.of("oin", "mandate.invite.supplierToSupplier", other.getName());
        }
        if (!fromSupplier && !other.isSupplier()) {
            throw ActionRefusedException.of("oin", "mandate.invite.notASupplier", other.getName(), other.getOin());
        }
        if (!unrevoked.isEmpty()) {
            throw ActionRefusedException.of("oin", "mandate.invite.exists", other.getName());
        }
        Organisation supplier = fromSupplier ? own : other;
        Organisation served = fromSupplier ? other : own;
        Mandate mandate = new Mandate(supplier, served, fromSupplier ? MandateSide.SUPPLIER : MandateSide.SERVED,
                username, now);
        if (fromSupplier) {
            mandate.agreeForSupplier(username, now);
        } else if (actorRole == MemberRole.SIGNATORY) {
            mandate.sign(username, now);
        }
        return mandate;
    }

    /**
     * The actor's side accepts: a member of the supplier agrees, a signatory of the served organisation signs.
     * A member of the served organisation without the signatory role is refused.
     */
    public static void accept(Mandate mandate, String actorOin, MemberRole actorRole, String username, Instant now) {
        MandateSide side = sideOf(mandate, actorOin);
        if (!mandate.isPending()) {
            throw new ActionRefusedException("mandate.accept.notPending", mandate.getSupplier().getName(),
                    mandate.getServed().getName());
        }
        if (side == MandateSide.SUPPLIER) {
            if (mandate.getSupplierAgreedAt().isPresent()) {
                throw new ActionRefusedException("mandate.accept.waitingForOtherSide", mandate.getServed().getName());
            }
            mandate.agreeForSupplier(username, now);
            return;
        }
        if (actorRole != MemberRole.SIGNATORY) {
            throw new ActionRefusedException("mandate.accept.notSignatory", mandate.getSupplier().getName(),
                    mandate.getServed().getName());
        }
        if (mandate.getSignedAt().isPresent()) {
            throw new ActionRefusedException("mandate.accept.waitingForOtherSide", mandate.getSupplier().getName());
        }
        mandate.sign(username, now);
    }

    /** Only the served organisation revokes, at once; a mandate revoked already stays as it was. */
    public static void revoke(Mandate mandate, String actorOin, String username, Instant now) {
        if (sideOf(mandate, actorOin) != MandateSide.SERVED) {
            throw new ActionRefusedException("mandate.revoke.servedOnly", mandate.getServed().getName());
        }
        if (mandate.getRevokedAt().isPresent()) {
            throw new ActionRefusedException("mandate.revoke.already", mandate.getSupplier().getName());
        }
        mandate.revoke(username, now);
    }

    /**
     * Refuses a supplier's action for an organisation that granted it no mandate in force, naming the missing
     * mandate (which supplier, for which organisation).
     *
     * @param between the mandates between the two that are not revoked
     */
    public static void requireActive(Organisation supplier, String servedOin, String servedName, List<Mandate> between) {
        if (!supplier.isSupplier()) {
            throw new ActionRefusedException(NOT_A_SUPPLIER, supplier.getName());
        }
        if (between.stream().noneMatch(Mandate::isActive)) {
            throw ActionRefusedException.of("servedOins", MISSING, servedName, servedOin, supplier.getName());
        }
    }

    /** The actor's side of the mandate; an organisation that is neither side does not see it. */
    public static MandateSide sideOf(Mandate mandate, String actorOin) {
        if (mandate.getSupplier().getOin().equals(actorOin)) {
            return MandateSide.SUPPLIER;
        }
        if (mandate.getServed().getOin().equals(actorOin)) {
            return MandateSide.SERVED;
        }
        throw new AccessRefusedException("mandate.unknown");
    }
}
