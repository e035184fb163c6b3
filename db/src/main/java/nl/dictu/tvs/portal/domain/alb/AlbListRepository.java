package nl.dictu.tvs.portal.domain.alb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ALB list and its imports. Runs inside the caller's transaction. */
@ApplicationScoped
public class AlbListRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected AlbListRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public AlbListRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Replaces the whole list with the entries of one accepted import. The caller's transaction makes it
     * all or nothing: a failure leaves the previous list as it was.
     */
    public AlbListImport replaceAll(AlbListImport listImport, List<NewEntry> entries) {
        em.createQuery("delete from AlbListEntry").executeUpdate();
        em.persist(listImport);
        for (NewEntry entry : entries) {
            em.persist(new AlbListEntry(listImport, entry.oin(), entry.registeredName(), entry.decisionReference(),
                    entry.decisionDate()));
        }
        return listImport;
    }

    public Optional<AlbListEntry> findByOin(String oin) {
        return em.createQuery("select e from AlbListEntry e where e.oin = :oin", AlbListEntry.class)
                .setParameter("oin", oin)
                .getResultStream().findFirst();
    }

    /**
     * Entries whose OIN, registered name or decision reference contains the text (any case), by name;
     * every entry when the text is blank. At most {@code max}.
     */
    public List<AlbListEntry> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select e from AlbListEntry e where e.oin like :p escape '\\' "
                        + "or lower(e.registeredName) like :p escape '\\' or lower(e.decisionReference) like :p escape '\\' "
                        + "order by e.registeredName, e.oin", AlbListEntry.class)
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    public long countEntries() {
        return em.createQuery("select count(e) from AlbListEntry e", Long.class).getSingleResult();
    }

    /** Whether any import was ever accepted (also one that has since been replaced). */
    public boolean hasAnyImport() {
        return !em.createQuery("select i.id from AlbListImport i", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The imports, newest first, at most {@code max}. */
    public List<AlbListImport> latestImports(int max) {
        return em.createQuery("select i from AlbListImport i order by i.importedAt desc, i.id desc", AlbListImport.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** An entry of an accepted import, before it is stored. */
    public record NewEntry(String oin, String registeredName, String decisionReference, java.time.LocalDate decisionDate) {
    }
}
