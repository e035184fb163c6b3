package nl.dictu.tvs.portal.domain.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Security assessments and the watch's notices about them. Runs inside the caller's transaction. */
@ApplicationScoped
public class SecurityAssessmentRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected SecurityAssessmentRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public SecurityAssessmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Saves and writes at once, so the same window another node recorded first fails here, not at commit. */
    public SecurityAssessment save(SecurityAssessment assessment) {
        em.persist(assessment);
        em.flush();
        return assessment;
    }

    public Optional<SecurityAssessment> find(long id) {
        return Optional.ofNullable(em.find(SecurityAssessment.class, id));
    }

    public Optional<SecurityAssessment> of(long connectionId, int round) {
        return em.createQuery("select a from SecurityAssessment a where a.connection.id = :connection and a.round = :round",
                        SecurityAssessment.class)
                .setParameter("connection", connectionId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }

    /** The production connections still live on {@code today}, for the watch. */
    public List<LiveConnection> liveProductionConnections(LocalDate today) {
        return em.createQuery("select c from LiveConnection c where c.environment = :environment"
                        + " and (c.endsOn is null or c.endsOn > :today) order by c.id", LiveConnection.class)
                .setParameter("environment", ConnectionEnvironment.PRODUCTION)
                .setParameter("today", today)
                .getResultList();
    }

    /** The production connections of the given organisations still live on {@code today}. */
    public List<LiveConnection> liveProductionConnectionsOf(Collection<Long> organisationIds, LocalDate today) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from LiveConnection c where c.organisation.id in :organisations"
                        + " and c.environment = :environment and (c.endsOn is null or c.endsOn > :today) order by c.id",
                        LiveConnection.class)
                .setParameter("organisations", organisationIds)
                .setParameter("environment", ConnectionEnvironment.PRODUCTION)
                .setParameter("today", today)
                .getResultList();
    }

    /** The production connections of the organisation with this OIN still live on {@code today}. */
    public List<LiveConnection> liveProductionConnectionsOf(String oin, LocalDate today) {
        return em.createQuery("select c from LiveConnection c where c.organisation.oin = :oin"
                        + " and c.environment = :environment and (c.endsOn is null or c.endsOn > :today) order by c.id",
                        LiveConnection.class)
                .setParameter("oin", oin)
                .setParameter("environment", ConnectionEnvironment.PRODUCTION)
                .setParameter("today", today)
                .getResultList();
    }

    /**
     * What reviewers look at: assessments awaiting an outcome, not delivered whose window opened, and those with
     * an open follow-up; the first to close first.
     */
    public List<SecurityAssessment> forReview(LocalDate today) {
        return em.createQuery("select a from SecurityAssessment a where a.opensOn <= :today and (a.outcome is null"
                        + " or a.outcome = nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome.REJECTED"
                        + " or exists (select n from AssessmentNotice n where n.assessmentId = a.id and n.handledAt is null"
                        + " and n.step in :followUps)) order by a.closesOn, a.id", SecurityAssessment.class)
                .setParameter("today", today)
                .setParameter("followUps", List.of(AssessmentStep.AANMANING, AssessmentStep.DEACTIVATION_PROPOSED))
                .getResultList();
    }

    /** The assessments a supplier's multiple assessment covers. */
    public List<SecurityAssessment> coveredBy(long supplierAssessmentId) {
        return em.createQuery("select a from SecurityAssessment a where a.coveredById = :id order by a.id",
                        SecurityAssessment.class)
                .setParameter("id", supplierAssessmentId)
                .getResultList();
    }

    public boolean noticed(long assessmentId, AssessmentStep step) {
        return em.find(AssessmentNotice.class, new AssessmentNotice.Key(assessmentId, step)) != null;
    }

    public Optional<AssessmentNotice> notice(long assessmentId, AssessmentStep step) {
        return Optional.ofNullable(em.find(AssessmentNotice.class, new AssessmentNotice.Key(assessmentId, step)));
    }

    /** Records the notice and writes it at once, so a notice another node recorded first fails here, not at commit. */
    public void recordNotice(AssessmentNotice notice) {
        em.persist(notice);
        em.flush();
    }
}
