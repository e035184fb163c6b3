package nl.dictu.tvs.portal.domain.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Uploaded files by id, or by owner, purpose and content. Runs inside the caller's transaction. */
@ApplicationScoped
public class StoredFileRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected StoredFileRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public StoredFileRepository(EntityManager em) {
        this.em = em;
    }

    public StoredFile save(StoredFile file) {
        em.persist(file);
        return file;
    }

    public Optional<StoredFile> findById(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /**
     * The organisation's newest upload of this purpose with exactly this content: the file an
     * application's certificate or metadata came from, with the name it was uploaded under.
     */
    public Optional<StoredFile> latestWithContent(String organisationOin, FilePurpose purpose, String sha256) {
        return em.createQuery("select f from StoredFile f where f.organisation.oin = :oin and f.purpose = :purpose "
                        + "and f.sha256 = :sha256 order by f.uploadedAt desc, f.id desc", StoredFile.class)
                .setParameter("oin", organisationOin)
                .setParameter("purpose", purpose)
                .setParameter("sha256", sha256)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
