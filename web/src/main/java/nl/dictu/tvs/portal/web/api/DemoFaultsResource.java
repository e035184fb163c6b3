package nl.dictu.tvs.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.demo.DemoFaults;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.platform.PortalConfig;

/**
 * {@code POST /api/demo/faults/{activityId}} with {@code {"failing":true|false}}: demo mode only,
 * for admins. Makes a service task fail on purpose to demonstrate (and test) incidents and their
 * retry. Outside demo mode the address does not exist (404).
 */
@Path("/demo/faults")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
public class DemoFaultsResource {

    /** The request body. */
    public record Fault(boolean failing) {
    }

    @Inject
    private PortalConfig config;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("/{activityId}")
    public Response set(@PathParam("activityId") String activityId, Fault fault) {
        if (!config.isDemoMode()) {
            throw new NotFoundException();
        }
        if (!SignedInUsers.of(request).hasRole(Role.ADMIN_NAME)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (fault != null && fault.failing()) {
            DemoFaults.arm(activityId);
        } else {
            DemoFaults.disarm(activityId);
        }
        return Response.noContent().build();
    }
}
