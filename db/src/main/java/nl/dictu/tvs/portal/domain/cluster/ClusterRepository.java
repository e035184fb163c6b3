package nl.dictu.tvs.portal.domain.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.util.List;

/** The members of cluster applications and their connections. Runs inside the caller's transaction. */
@ApplicationScoped
public class ClusterRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ClusterRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ClusterRepository(EntityManager em) {
        this.em = em;
    }

    public void saveMember(ClusterMember member) {
        em.persist(member);
    }

    /** In the application's order; empty for an application of one organisation. */
    public List<ClusterMember> membersOf(long applicationId) {
        return em.createQuery("select m from ClusterMember m where m.applicationId = :id order by m.position",
                        ClusterMember.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** The aansluitbestand of one connection and environment, by OIN. */
    public List<ConnectionMember> connectionMembers(long applicationId, ConnectionEnvironment environment) {
        return em.createQuery("select m from ConnectionMember m where m.applicationId = :id and m.environment = :env"
                        + " order by m.oin", ConnectionMember.class)
                .setParameter("id", applicationId)
                .setParameter("env", environment)
                .getResultList();
    }

    /** Replaces the aansluitbestand of one connection and environment with the given rows, all of them at once. */
    public void replaceConnectionMembers(long applicationId, ConnectionEnvironment environment, List<ConnectionMember> rows) {
        em.createQuery("delete from ConnectionMember m where m.applicationId = :id and m.environment = :env")
                .setParameter("id", applicationId)
                .setParameter("env", environment)
                .executeUpdate();
        em.flush();
        rows.forEach(em::persist);
    }
}
