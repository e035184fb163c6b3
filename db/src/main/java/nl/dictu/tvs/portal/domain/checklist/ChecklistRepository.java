package nl.dictu.tvs.portal.domain.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Checklist versions and verdicts. Runs inside the caller's transaction. */
@ApplicationScoped
public class ChecklistRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ChecklistRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ChecklistRepository(EntityManager em) {
        this.em = em;
    }

    /** The newest published version: the one new applications get. */
    public Optional<ChecklistDefinition> current() {
        return em.createQuery("select d from ChecklistDefinition d where d.publication.status = "
                        + "nl.dictu.tvs.portal.domain.publication.PublicationStatus.PUBLISHED "
                        + "order by d.publication.publishedAt desc, d.id desc", ChecklistDefinition.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<ChecklistDefinition> findById(long id) {
        return Optional.ofNullable(em.find(ChecklistDefinition.class, id));
    }

    public Optional<ChecklistDefinition> findByLabel(String label) {
        return em.createQuery("select d from ChecklistDefinition d where d.label = :label", ChecklistDefinition.class)
                .setParameter("label", label)
                .getResultStream()
                .findFirst();
    }

    /** All versions, newest first. */
    public List<ChecklistDefinition> all() {
        return em.createQuery("select d from ChecklistDefinition d order by d.publication.createdAt desc, d.id desc",
                ChecklistDefinition.class).getResultList();
    }

    public ChecklistDefinition save(ChecklistDefinition definition) {
        if (definition.getId() == null) {
            em.persist(definition);
            return definition;
        }
        return em.merge(definition);
    }

    public ChecklistVerdict saveVerdict(ChecklistVerdict verdict) {
        em.persist(verdict);
        return verdict;
    }

    public ChecklistReopening saveReopening(ChecklistReopening reopening) {
        em.persist(reopening);
        return reopening;
    }

    /** The latest refused preproduction approval that sent the checklist back to assessment. */
    public Optional<ChecklistReopening> latestReopening(long applicationId) {
        return em.createQuery("select r from ChecklistReopening r where r.applicationId = :id order by r.afterRound desc, r.id desc",
                        ChecklistReopening.class)
                .setParameter("id", applicationId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every verdict on the application, by round and item. */
    public List<ChecklistVerdict> verdicts(long applicationId) {
        return em.createQuery("select v from ChecklistVerdict v where v.applicationId = :id order by v.round, v.itemCode",
                        ChecklistVerdict.class)
                .setParameter("id", applicationId)
                .getResultList();
    }
}
