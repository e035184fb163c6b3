package nl.dictu.tvs.portal.web.view.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.runtime.health.HealthCheck;
import nl.dictu.tvs.portal.runtime.health.HealthService;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.List;

/** The admin's start page: the state of the portal's database and process engine. */
@Named
@RequestScoped
public class AdminHomeBean {

    @Inject
    private HealthService healthService;

    @Inject
    private PortalConfig config;

    private List<HealthCheck> checks;

    public List<HealthCheck> getChecks() {
        if (checks == null) {
            checks = healthService.readiness();
        }
        return checks;
    }

    public String getDatabaseKind() {
        return config.databaseKind();
    }

    public boolean isDemoMode() {
        return config.isDemoMode();
    }
}
