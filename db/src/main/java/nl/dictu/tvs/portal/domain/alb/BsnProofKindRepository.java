package nl.dictu.tvs.portal.domain.alb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The kinds of proof of BSN entitlement. Runs inside the caller's transaction. */
@ApplicationScoped
public class BsnProofKindRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected BsnProofKindRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public BsnProofKindRepository(EntityManager em) {
        this.em = em;
    }

    /** All kinds, in use or not, in the order they were added. */
    public List<BsnProofKind> all() {
        return em.createQuery("select k from BsnProofKind k order by k.id", BsnProofKind.class).getResultList();
    }

    /** The kinds an applicant may choose now. */
    public List<BsnProofKind> active() {
        return all().stream().filter(BsnProofKind::isActive).toList();
    }

    public Optional<BsnProofKind> findById(long id) {
        return Optional.ofNullable(em.find(BsnProofKind.class, id));
    }

    public Optional<BsnProofKind> findByNameNl(String nameNl) {
        return em.createQuery("select k from BsnProofKind k where k.nameNl = :name", BsnProofKind.class)
                .setParameter("name", nameNl).getResultStream().findFirst();
    }

    public BsnProofKind save(BsnProofKind kind) {
        if (kind.getId() == null) {
            em.persist(kind);
            return kind;
        }
        return em.merge(kind);
    }
}
