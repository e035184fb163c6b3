package nl.dictu.tvs.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.runtime.health.HealthCheck;
import nl.dictu.tvs.portal.runtime.health.HealthService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/health/ready} and {@code /api/health/live}: 200 with status UP when every check
 * passes, 503 with status DOWN otherwise; the body lists each check. No sign-in needed.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private HealthService healthService;

    @GET
    @Path("/ready")
    public Response ready() {
        return respond(healthService.readiness());
    }

    @GET
    @Path("/live")
    public Response live() {
        return respond(healthService.liveness());
    }

    private static Response respond(List<HealthCheck> checks) {
        boolean up = HealthService.allUp(checks);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        Map<String, Object> details = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("status", check.up() ? "UP" : "DOWN");
            detail.put("detail", check.detail());
            details.put(check.name(), detail);
        }
        body.put("checks", details);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).cacheControl(noStore).build();
    }
}
