package nl.dictu.tvs.portal.trust.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.demo.DemoAccounts;
import nl.dictu.tvs.portal.platform.PortalConfig;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.alb.AlbRegister;
import nl.dictu.tvs.portal.trust.alb.InMemoryAlbRegister;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ALB list the portal checks against, held in memory until an import replaces it. In demo mode
 * it starts with the demo organisation, so demo applications reach registration without an RvIG
 * decision; otherwise it starts empty and every applicant goes through the decision upload.
 */
@ApplicationScoped
public class PortalAlbRegister implements AlbRegister {

    static final String DEMO_DECISION = "RvIG-DEMO-0001";

    private final InMemoryAlbRegister register = new InMemoryAlbRegister(List.of());

    @Inject
    void seed(PortalConfig config) {
        if (config.isDemoMode()) {
            register.replaceAll(List.of(new AlbEntry(DemoAccounts.ORGANISATION_OIN, DemoAccounts.ORGANISATION_NAME,
                    DEMO_DECISION, LocalDate.of(2026, 1, 1))));
        }
    }

    /** Replaces the whole list with an accepted import. */
    public void replaceAll(List<AlbEntry> entries) {
        register.replaceAll(entries);
    }

    @Override
    public Optional<AlbEntry> findByOin(String oin) {
        return register.findByOin(oin);
    }
}
