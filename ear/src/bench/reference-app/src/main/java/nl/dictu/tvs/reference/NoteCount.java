package nl.dictu.tvs.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The backing bean of the one Faces page. */
@Named
@RequestScoped
public class NoteCount {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional
    public long getCount() {
        return entityManager.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }
}
