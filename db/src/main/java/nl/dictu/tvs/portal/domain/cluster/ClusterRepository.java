package nl.dictu.tvs.portal.domain.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public void saveDecision(MemberAlbDecision decision) {
        em.persist(decision);
    }

    /** Per member OIN, the RvIG decision attached last to the application: the one a reviewer verifies. */
    public Map<String, MemberAlbDecision> latestDecisions(long applicationId) {
        Map<String, MemberAlbDecision> latest = new LinkedHashMap<>();
        em.createQuery("select d from MemberAlbDecision d join fetch d.file where d.applicationId = :id "
                        + "order by d.attachedAt, d.id", MemberAlbDecision.class)
                .setParameter("id", applicationId)
                .getResultList()
                .forEach(decision -> latest.put(decision.getMemberOin(), decision));
        return latest;
    }

    public void saveMemberAnswer(MemberChecklistAnswer answer) {
        em.persist(answer);
    }

    /**
     * The members' own checklist answers, by member OIN, each member's in item code order: per item the answer of the
     * highest version (a rework's replaces the one it reworks).
     */
    public Map<String, List<ChecklistAnswer>> memberAnswers(long applicationId) {
        return memberAnswers(applicationId, Integer.MAX_VALUE);
    }

    /** As {@link #memberAnswers(long)}, as they stood in the application's version {@code versionNumber}. */
    public Map<String, List<ChecklistAnswer>> memberAnswers(long applicationId, int versionNumber) {
        Map<String, Map<String, ChecklistAnswer>> latest = new LinkedHashMap<>();
        em.createQuery("select a from MemberChecklistAnswer a where a.applicationId = :id and a.versionNumber <= :version "
                                + "order by a.memberOin, a.itemCode, a.versionNumber", MemberChecklistAnswer.class)
                .setParameter("id", applicationId)
                .setParameter("version", versionNumber)
                .getResultList()
                .forEach(answer -> latest.computeIfAbsent(answer.getMemberOin(), oin -> new LinkedHashMap<>())
                        .put(answer.toAnswer().itemCode(), answer.toAnswer()));
        Map<String, List<ChecklistAnswer>> answers = new LinkedHashMap<>();
        latest.forEach((oin, byItem) -> answers.put(oin, new ArrayList<>(byItem.values())));
        return answers;
    }

    public void saveMemberVerdict(MemberChecklistVerdict verdict) {
        em.persist(verdict);
    }

    /** Every verdict on the members' own answers, by member OIN, each member's by round and item. */
    public Map<String, List<ChecklistVerdict>> memberVerdicts(long applicationId) {
        Map<String, List<ChecklistVerdict>> verdicts = new LinkedHashMap<>();
        em.createQuery("select v from MemberChecklistVerdict v where v.applicationId = :id "
                                + "order by v.memberOin, v.round, v.itemCode", MemberChecklistVerdict.class)
                .setParameter("id", applicationId)
                .getResultList()
                .forEach(verdict -> verdicts.computeIfAbsent(verdict.getMemberOin(), oin -> new ArrayList<>())
                        .add(verdict.toVerdict()));
        return verdicts;
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
