package nl.dictu.tvs.portal.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Organisations by OIN. Runs inside the caller's transaction. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected OrganisationRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public OrganisationRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Organisation> findByOin(String oin) {
        return em.createQuery("select o from Organisation o where o.oin = :oin", Organisation.class)
                .setParameter("oin", oin)
                .getResultStream()
                .findFirst();
    }

    /**
     * Locks the organisation's row until the caller's transaction ends, on whichever node: members
     * changing what the organisation has one of (its open draft) then do so one after another.
     */
    public void lockForChange(Organisation organisation) {
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
    }

    public Organisation save(Organisation organisation) {
        if (organisation.getId() == null) {
            em.persist(organisation);
            return organisation;
        }
        return em.merge(organisation);
    }
}
