package nl.dictu.tvs.portal.domain.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Drafts by organisation. Runs inside the caller's transaction. */
@ApplicationScoped
public class ApplicationDraftRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ApplicationDraftRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ApplicationDraftRepository(EntityManager em) {
        this.em = em;
    }

    /** The organisation's draft that is not submitted yet, if it has one. */
    public Optional<ApplicationDraft> openDraftOf(String organisationOin) {
        return em.createQuery("select d from ApplicationDraft d where d.organisation.oin = :oin "
                        + "and d.submittedReference is null order by d.id", ApplicationDraft.class)
                .setParameter("oin", organisationOin)
                .getResultStream().findFirst();
    }

    /**
     * The organisation's draft that was submitted from exactly version {@code version}: submitting
     * writes the draft once more, so it then has the next version.
     */
    /** The organisation's draft with this id, submitted or not; empty when it is another organisation's. */
    public Optional<ApplicationDraft> findOf(String organisationOin, long draftId) {
        return em.createQuery("select d from ApplicationDraft d where d.id = :id and d.organisation.oin = :oin",
                        ApplicationDraft.class)
                .setParameter("id", draftId)
                .setParameter("oin", organisationOin)
                .getResultStream().findFirst();
    }

    public Optional<ApplicationDraft> submittedFrom(String organisationOin, long version) {
        return em.createQuery("select d from ApplicationDraft d where d.organisation.oin = :oin "
                        + "and d.submittedReference is not null and d.version = :version order by d.id desc", ApplicationDraft.class)
                .setParameter("oin", organisationOin)
                .setParameter("version", version + 1)
                .getResultStream().findFirst();
    }

    /** The organisation's draft submitted last, if it ever submitted one. */
    public Optional<ApplicationDraft> lastSubmittedOf(String organisationOin) {
        return em.createQuery("select d from ApplicationDraft d where d.organisation.oin = :oin "
                        + "and d.submittedReference is not null order by d.updatedAt desc, d.id desc", ApplicationDraft.class)
                .setParameter("oin", organisationOin)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public ApplicationDraft save(ApplicationDraft draft) {
        if (draft.getId() == null) {
            em.persist(draft);
            return draft;
        }
        return em.merge(draft);
    }

    /** Writes pending changes now, so a colleague's concurrent save shows up as an optimistic lock failure here. */
    public void flush() {
        em.flush();
    }
}
