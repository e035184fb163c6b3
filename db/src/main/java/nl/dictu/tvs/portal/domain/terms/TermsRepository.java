package nl.dictu.tvs.portal.domain.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Terms versions. Runs inside the caller's transaction. */
@ApplicationScoped
public class TermsRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected TermsRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public TermsRepository(EntityManager em) {
        this.em = em;
    }

    /** The newest published version: the one an applicant accepts now. */
    public Optional<TermsVersion> current() {
        return em.createQuery("select t from TermsVersion t where t.status = "
                        + "nl.dictu.tvs.portal.domain.publication.PublicationStatus.PUBLISHED "
                        + "order by t.publishedAt desc, t.id desc", TermsVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<TermsVersion> findByLabel(String label) {
        return em.createQuery("select t from TermsVersion t where t.label = :label", TermsVersion.class)
                .setParameter("label", label)
                .getResultStream()
                .findFirst();
    }

    /** All versions, newest first. */
    public List<TermsVersion> all() {
        return em.createQuery("select t from TermsVersion t order by t.createdAt desc, t.id desc", TermsVersion.class)
                .getResultList();
    }

    public TermsVersion save(TermsVersion terms) {
        if (terms.getId() == null) {
            em.persist(terms);
            return terms;
        }
        return em.merge(terms);
    }
}
