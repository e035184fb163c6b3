package nl.dictu.tvs.portal.domain.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applications, their versions and what is attached to them. Runs inside the caller's transaction. */
@ApplicationScoped
public class ApplicationRepository {

    /** Applications per statement in an {@code in} list: well within every database's limit on parameters. */
    private static final int IN_LIST_MAX = 500;

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected ApplicationRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public ApplicationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The next reference of the year. The counter row is locked until the transaction ends, so
     * concurrent submissions get consecutive numbers; the first submission of a year creates the row.
     */
    /** Whether the year's reference counter exists (its first application was submitted). */
    public boolean hasReferenceYear(int year) {
        return em.find(ApplicationReferenceCounter.class, year) != null;
    }

    /**
     * The year's next reference, drawn under a lock on its counter. A counter this transaction loaded
     * before ({@link #hasReferenceYear}) is only locked by the find, not read again: it is refreshed
     * under the lock, or it would hand out the number another submission drew meanwhile.
     */
    public ApplicationReference nextReference(int year) {
        ApplicationReferenceCounter counter = em.find(ApplicationReferenceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ApplicationReferenceCounter(year);
            em.persist(counter);
        } else {
            em.refresh(counter);
        }
        ApplicationReference reference = counter.next();
        em.flush();
        return reference;
    }

    public Application save(Application application) {
        em.persist(application);
        return application;
    }

    public ApplicationVersion saveVersion(ApplicationVersion version) {
        em.persist(version);
        return version;
    }

    public Optional<Application> findById(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    public Optional<Application> findByReference(String reference) {
        return em.createQuery("select a from Application a where a.reference = :reference", Application.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** The organisation's applications, newest first. */
    public List<Application> findByOrganisationOin(String oin) {
        return em.createQuery("select a from Application a where a.organisation.oin = :oin order by a.createdAt desc, a.id desc",
                        Application.class)
                .setParameter("oin", oin)
                .getResultList();
    }

    public ApplicationVersion currentVersion(Application application) {
        return em.createQuery("select v from ApplicationVersion v where v.application = :application and v.number = :number",
                        ApplicationVersion.class)
                .setParameter("application", application)
                .setParameter("number", application.getCurrentVersionNumber())
                .getSingleResult();
    }

    /**
     * The service names of each application's current version, by application id, in name order: for lists of
     * applications, in one statement instead of loading every current version with its collections.
     */
    public Map<Long, List<String>> currentServiceNames(List<Application> applications) {
        Map<Long, List<String>> names = new HashMap<>();
        for (int from = 0; from < applications.size(); from += IN_LIST_MAX) {
            em.createQuery("select distinct v.application.id, s.serviceName from ApplicationVersion v join v.serviceLevels s"
                            + " where v.application in :applications and v.number = v.application.currentVersionNumber"
                            + " order by s.serviceName", Object[].class)
                    .setParameter("applications", applications.subList(from, Math.min(applications.size(), from + IN_LIST_MAX)))
                    .getResultList()
                    .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return names;
    }

    public List<ApplicationVersion> versions(Application application) {
        return em.createQuery("select v from ApplicationVersion v where v.application = :application order by v.number",
                        ApplicationVersion.class)
                .setParameter("application", application)
                .getResultList();
    }

    /** The ServiceUUIDs of the application's own services (the applicant's OIN), not those of a cluster's members. */
    public List<IssuedServiceUuid> issuedServiceUuids(long applicationId) {
        return issued(applicationId, "=", "u.environment, u.serviceName");
    }

    /**
     * The ServiceUUIDs of the services of a supplier's served organisations (empty for an application of one
     * organisation), by member OIN, environment and service.
     */
    public List<IssuedServiceUuid> memberServiceUuids(long applicationId) {
        return issued(applicationId, "<>", "u.organisationOin, u.environment, u.serviceName");
    }

    /** {@code ownOrNot}: "=" the applicant's own, "<>" its members'. */
    private List<IssuedServiceUuid> issued(long applicationId, String ownOrNot, String order) {
        return em.createQuery("select u from IssuedServiceUuid u where u.applicationId = :id and u.organisationOin "
                        + ownOrNot + " (select a.organisation.oin from Application a where a.id = :id) order by " + order,
                        IssuedServiceUuid.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    public IssuedServiceUuid saveIssued(IssuedServiceUuid issued) {
        em.persist(issued);
        return issued;
    }

    public Optional<CheckResult> checkResult(ApplicationVersion version, CheckKind kind) {
        return em.createQuery("select c from CheckResult c where c.version = :version and c.kind = :kind", CheckResult.class)
                .setParameter("version", version)
                .setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    public CheckResult saveCheckResult(CheckResult result) {
        em.persist(result);
        return result;
    }

    public Optional<ConnectionRegistration> registration(long applicationId, RegistrationKind kind) {
        return em.createQuery("select r from ConnectionRegistration r where r.applicationId = :id and r.kind = :kind",
                        ConnectionRegistration.class)
                .setParameter("id", applicationId)
                .setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    public ConnectionRegistration saveRegistration(ConnectionRegistration registration) {
        em.persist(registration);
        return registration;
    }
}
