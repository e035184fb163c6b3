package nl.dictu.tvs.portal.domain.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Uploaded files by id. Runs inside the caller's transaction. */
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
}
