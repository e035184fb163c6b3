package nl.dictu.tvs.portal.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    public Organisation save(Organisation organisation) {
        if (organisation.getId() == null) {
            em.persist(organisation);
            return organisation;
        }
        return em.merge(organisation);
    }
}
