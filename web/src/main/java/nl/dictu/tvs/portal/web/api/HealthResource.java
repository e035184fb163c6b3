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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code GET /api/health/ready} and {@code /api/health/live}: 200 with status UP when every check
 * passes, 503 with status DOWN otherwise. No sign-in needed; only a signed-in admin sees each check
 * with its detail (database kind, engine state), which tells an attacker what runs here. A check
 * that is down is logged with its detail for the operator.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @Inject
    private HealthService healthService;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("/ready")
    public Response ready() {
        return respond(healthService.readiness(), request.isUserInRole("admin"));
    }

    @GET
    @Path("/live")
    public Response live() {
        return respond(healthService.liveness(), request.isUserInRole("admin"));
    }

    private static Response respond(List<HealthCheck> checks, boolean withDetail) {
        boolean up = HealthService.allUp(checks);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        checks.stream().filter(check -> !check.up())
                .forEach(check -> LOG.warning(() -> "Health check " + check.name() + " is down: " + check.detail()));
        Map<String, Object> details = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("status", check.up() ? "UP" : "DOWN");
            detail.put("detail", check.detail());
            details.put(check.name(), detail);
        }
        if (withDetail) {
            body.put("checks", details);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).cacheControl(noStore).build();
    }
}
