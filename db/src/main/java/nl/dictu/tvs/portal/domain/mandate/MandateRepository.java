package nl.dictu.tvs.portal.domain.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Mandates between suppliers and the organisations they serve. Runs inside the caller's transaction. */
@ApplicationScoped
public class MandateRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected MandateRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public MandateRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Mandate> find(long id) {
        return Optional.ofNullable(em.find(Mandate.class, id));
    }

    public Mandate save(Mandate mandate) {
        em.persist(mandate);
        return mandate;
    }

    /** Every mandate the organisation is a side of, as supplier or as served organisation, newest first. */
    public List<Mandate> involving(String organisationOin) {
        return em.createQuery("select m from Mandate m join fetch m.supplier join fetch m.served"
                        + " where m.supplier.oin = :oin or m.served.oin = :oin order by m.invitedAt desc, m.id desc", Mandate.class)
                .setParameter("oin", organisationOin)
                .getResultList();
    }

    /** The mandates between the two that are not revoked (in force or still waiting for a side). */
    public List<Mandate> unrevokedBetween(String supplierOin, String servedOin) {
        return em.createQuery("select m from Mandate m join fetch m.supplier join fetch m.served"
                        + " where m.supplier.oin = :supplier and m.served.oin = :served and m.revokedAt is null order by m.id", Mandate.class)
                .setParameter("supplier", supplierOin)
                .setParameter("served", servedOin)
                .getResultList();
    }
}
