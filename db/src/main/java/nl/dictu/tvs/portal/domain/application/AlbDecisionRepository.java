package nl.dictu.tvs.portal.domain.application;

import nl.dictu.tvs.portal.domain.alb.BsnProofKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The RvIG decisions attached to applications. Runs inside the caller's transaction. */
@ApplicationScoped
public class AlbDecisionRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected AlbDecisionRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public AlbDecisionRepository(EntityManager em) {
        this.em = em;
    }

    public AlbDecision save(AlbDecision decision) {
        em.persist(decision);
        return decision;
    }

    /** A kind of proof an applicant may still choose: known and in use. */
    public Optional<BsnProofKind> activeProofKind(long proofKindId) {
        return Optional.ofNullable(em.find(BsnProofKind.class, proofKindId)).filter(BsnProofKind::isActive);
    }

    /** The decision attached last, the one a reviewer verifies. */
    public Optional<AlbDecision> latest(long applicationId) {
        return em.createQuery("select d from AlbDecision d join fetch d.file where d.applicationId = :id "
                        + "order by d.attachedAt desc, d.id desc", AlbDecision.class)
                .setParameter("id", applicationId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
