package nl.dictu.tvs.portal.usecase.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The kinds of proof of BSN entitlement a care provider may upload instead of being on the ALB list:
 * which proofs count is DICTU's call, so an admin adds kinds (named in Dutch and English) and takes
 * them out of use or back. A kind is never deleted: proofs already uploaded keep naming it.
 */
@Stateless
public class BsnProofKindAdministration {

    static final String AUDIT_ADDED = "bsnProofKindAdded";
    static final String AUDIT_CHANGED = "bsnProofKindChanged";

    @Inject
    private BsnProofKindRepository kinds;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public BsnProofKindAdministration() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public BsnProofKindAdministration(BsnProofKindRepository kinds, Auditor auditor, Clock clock) {
        this.kinds = kinds;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** One kind as the admin page lists it. */
    public record ProofKindRow(long id, String nameNl, String nameEn, boolean active) {
    }

    public List<ProofKindRow> all(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return kinds.all().stream().map(k -> new ProofKindRow(k.getId(), k.getNameNl(), k.getNameEn(), k.isActive())).toList();
    }

    /** Adds a kind in use; both names are required, at most {@value BsnProofKind#NAME_MAX} characters, the Dutch one unique. */
    public ProofKindRow add(SignedInUser actor, String nameNl, String nameEn) {
        AccessPolicy.requireAdmin(actor);
        String nl = nameNl == null ? "" : nameNl.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        if (nl.isEmpty() || en.isEmpty() || nl.length() > BsnProofKind.NAME_MAX || en.length() > BsnProofKind.NAME_MAX) {
            throw new ActionRefusedException("admin.proofKinds.nameInvalid", String.valueOf(BsnProofKind.NAME_MAX));
        }
        if (kinds.findByNameNl(nl).isPresent()) {
            throw new ActionRefusedException("admin.proofKinds.nameTaken", nl);
        }
        BsnProofKind kind = kinds.save(new BsnProofKind(nl, en, actor.username(), clock.instant()));
        auditor.record(actor.username(), AUDIT_ADDED, null, null, Map.of(), Map.of("nameNl", nl, "nameEn", en));
        return new ProofKindRow(kind.getId(), nl, en, true);
    }

    /** Takes a kind out of use (applicants no longer see it) or back into use. */
    public void setActive(SignedInUser actor, long id, boolean active) {
        AccessPolicy.requireAdmin(actor);
        BsnProofKind kind = kinds.findById(id)
                .orElseThrow(() -> new ActionRefusedException("admin.proofKinds.unknown", String.valueOf(id)));
        boolean before = kind.isActive();
        kind.setActive(active);
        auditor.record(actor.username(), AUDIT_CHANGED, null, null,
                Map.of("nameNl", kind.getNameNl(), "active", String.valueOf(before)),
                Map.of("nameNl", kind.getNameNl(), "active", String.valueOf(active)));
    }
}
