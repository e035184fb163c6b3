package nl.dictu.tvs.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.runtime.health.HealthCheck;
import nl.dictu.tvs.portal.runtime.health.HealthService;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code GET /api/health/ready} and {@code /api/health/live}: 200 with status UP when every check
 * passes, 503 with status DOWN otherwise, for a load balancer or a monitor; no sign-in needed. On
 * the portal's own port the status only, to everyone: the checks with their detail (database kind,
 * engine state) tell an attacker what runs here. They come only on the health listener, which
 * WildFly binds to its management address ({@code 127.0.0.1:9991}, see
 * {@link PortalConfig#healthPort()}). A check that is down is logged with its detail.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @Inject
    private HealthService healthService;

    @Inject
    private PortalConfig config;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/ready")
    public Response ready() {
        boolean withDetail = onHealthListener();
        return respond(withDetail ? healthService.readinessInDetail() : healthService.readiness(), withDetail);
    }

    @GET
    @Path("/live")
    public Response live() {
        return respond(healthService.liveness(), onHealthListener());
    }

    private boolean onHealthListener() {
        return request.getLocalPort() == config.healthPort();
    }

    private static Response respond(List<HealthCheck> checks, boolean withDetail) {
        boolean up = HealthService.allUp(checks);
        checks.stream().filter(check -> !check.up())
                .forEach(check -> LOG.warning(() -> "Health check " + check.name() + " is down: " + check.detail()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        if (withDetail) {
            Map<String, Object> details = new LinkedHashMap<>();
            for (HealthCheck check : checks) {
                Map<String, String> detail = new LinkedHashMap<>();
                detail.put("status", check.up() ? "UP" : "DOWN");
                detail.put("detail", check.detail());
                details.put(check.name(), detail);
            }
            body.put("checks", details);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).cacheControl(noStore).build();
    }
}
