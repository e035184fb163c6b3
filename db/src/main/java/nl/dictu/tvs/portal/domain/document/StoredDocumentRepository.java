package nl.dictu.tvs.portal.domain.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The issued documents. Runs inside the caller's transaction. */
@ApplicationScoped
public class StoredDocumentRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected StoredDocumentRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public StoredDocumentRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<StoredDocument> find(long applicationId, DocumentKind kind, int round) {
        return em.createQuery("select d from StoredDocument d where d.applicationId = :application "
                        + "and d.kind = :kind and d.round = :round", StoredDocument.class)
                .setParameter("application", applicationId)
                .setParameter("kind", kind)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    public Optional<StoredDocument> findById(long id) {
        return Optional.ofNullable(em.find(StoredDocument.class, id));
    }

    /** The latest round of this kind, if any was issued. */
    public Optional<StoredDocument> latest(long applicationId, DocumentKind kind) {
        return em.createQuery("select d from StoredDocument d where d.applicationId = :application "
                        + "and d.kind = :kind order by d.round desc", StoredDocument.class)
                .setParameter("application", applicationId)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Stores the document and writes it at once, so a duplicate round fails here, not at commit. */
    public StoredDocument save(StoredDocument document) {
        em.persist(document);
        em.flush();
        return document;
    }

    /** The application's documents without their bytes, oldest first. */
    public List<DocumentSummary> summaries(long applicationId) {
        return em.createQuery("select new nl.dictu.tvs.portal.domain.document.DocumentSummary(d.id, d.kind, d.round, "
                        + "d.language, d.fileName, d.size, d.sha256, d.createdAt) from StoredDocument d "
                        + "where d.applicationId = :application order by d.createdAt, d.id", DocumentSummary.class)
                .setParameter("application", applicationId)
                .getResultList();
    }

    /** How many documents other than dossiers the application has: the state a dossier covers. */
    public int countParts(long applicationId) {
        return em.createQuery("select count(d) from StoredDocument d where d.applicationId = :application "
                        + "and d.kind <> :dossier", Long.class)
                .setParameter("application", applicationId)
                .setParameter("dossier", DocumentKind.DOSSIER)
                .getSingleResult().intValue();
    }
}
