package nl.dictu.tvs.portal.domain.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The announcements. Runs inside the caller's transaction. */
@ApplicationScoped
public class AnnouncementRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected AnnouncementRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public AnnouncementRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Announcement> find(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    /** Every announcement, the latest start first. */
    public List<Announcement> all() {
        return em.createQuery("select a from Announcement a order by a.startsAt desc, a.id desc", Announcement.class)
                .getResultList();
    }

    /** The announcements not withdrawn that end at or after the moment, the earliest start first. */
    public List<Announcement> notWithdrawnEndingAfter(Instant moment) {
        return em.createQuery("select a from Announcement a where a.withdrawn = false and a.endsAt >= :moment"
                        + " order by a.startsAt, a.id", Announcement.class)
                .setParameter("moment", moment)
                .getResultList();
    }

    public Announcement save(Announcement announcement) {
        em.persist(announcement);
        return announcement;
    }
}
