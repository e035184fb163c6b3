package nl.dictu.tvs.portal.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The admins' mail template texts. Runs inside the caller's transaction. */
@ApplicationScoped
public class MailTemplateOverrideRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected MailTemplateOverrideRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public MailTemplateOverrideRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<MailTemplateOverride> find(String templateKey, String language) {
        return em.createQuery("select o from MailTemplateOverride o where o.templateKey = :key and o.language = :language",
                        MailTemplateOverride.class)
                .setParameter("key", templateKey)
                .setParameter("language", language)
                .getResultStream().findFirst();
    }

    public List<MailTemplateOverride> all() {
        return em.createQuery("select o from MailTemplateOverride o order by o.templateKey, o.language",
                MailTemplateOverride.class).getResultList();
    }

    public MailTemplateOverride save(MailTemplateOverride override) {
        em.persist(override);
        return override;
    }

    public void delete(MailTemplateOverride override) {
        em.remove(override);
    }
}
