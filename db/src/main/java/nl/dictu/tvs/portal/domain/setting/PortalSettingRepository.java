package nl.dictu.tvs.portal.domain.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** The portal's settings. Runs inside the caller's transaction. */
@ApplicationScoped
public class PortalSettingRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected PortalSettingRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public PortalSettingRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PortalSetting> find(String key) {
        return Optional.ofNullable(em.find(PortalSetting.class, key));
    }

    /** Sets the value, adding the setting the first time. */
    public PortalSetting put(String key, String value, Instant at, String by) {
        Optional<PortalSetting> existing = find(key);
        if (existing.isPresent()) {
            existing.get().change(value, at, by);
            return existing.get();
        }
        PortalSetting setting = new PortalSetting(key, value, at, by);
        em.persist(setting);
        return setting;
    }
}
