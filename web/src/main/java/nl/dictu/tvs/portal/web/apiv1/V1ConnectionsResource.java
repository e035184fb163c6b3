package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRequests;
import nl.dictu.tvs.portal.web.api.ApiJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/connections}: the live connections of the client's organisation, one per application and
 * environment, that a change request can be made on, and what is live in each: the copy a change starts from; for a
 * supplier's cluster connection also its aansluitbestand. The rules are {@link ChangeRequests}' and
 * {@link MemberChangeRequests}', as on the pages.
 */
@Path("/v1/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "connections")
public class V1ConnectionsResource {

    @EJB
    private ChangeRequests changes;

    @EJB
    private MemberChangeRequests memberChanges;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(operationId = "listLiveConnections", summary = "The organisation's live connections that can be changed, "
            + "a page at a time", description = "Scope applications:read. One per application and environment, with the "
            + "change request open on it, if any (one at a time).")
    public Page<ChangeJson.LiveConnection> list(
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (20 when left out)") @QueryParam("pageSize") Integer pageSize) {
        return Page.of(changes.connections(ApiCallers.with(request, ApiScope.APPLICATIONS_READ)).stream()
                .map(ChangeJson.LiveConnection::of).toList(), page, pageSize, ChangeJson.CONNECTIONS);
    }

    @GET
    @Path("/{reference}/{environment}")
    @Operation(operationId = "getLiveRegistration", summary = "What is live in one environment of a connection: the copy "
            + "a change request starts from", description = "Scope applications:read. Refused (422, errors name "
            + "environment) when the connection is not live in the environment.")
    public ChangeJson.Registration registration(
            @Parameter(description = "The application's reference") @PathParam("reference") String reference,
            @Parameter(description = "PREPRODUCTION or PRODUCTION") @PathParam("environment") String environment) {
        return ChangeJson.Registration.of(changes.liveCopy(ApiCallers.with(request, ApiScope.APPLICATIONS_READ), reference,
                ApiJson.environmentOrNull(environment)));
    }

    @GET
    @Path("/{reference}/{environment}/members")
    @Operation(operationId = "listConnectionMembers", summary = "The aansluitbestand of a supplier's cluster connection "
            + "in one environment: every served organisation, connected and disconnected, a page at a time",
            description = "Scope applications:read. Who can be disconnected (connected true) and who was (with "
                    + "disconnectedOn). Refused (422) for an application that is no cluster connection "
                    + "(change.member.notACluster) or a connection not live in the environment (errors name environment).")
    public Page<ChangeJson.ConnectionMember> members(
            @Parameter(description = "The cluster application's reference") @PathParam("reference") String reference,
            @Parameter(description = "PREPRODUCTION or PRODUCTION") @PathParam("environment") String environment,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (20 when left out)") @QueryParam("pageSize") Integer pageSize) {
        ConnectionEnvironment named = ApiJson.environmentOrNull(environment);
        List<ChangeJson.ConnectionMember> all = memberChanges.members(ApiCallers.with(request, ApiScope.APPLICATIONS_READ),
                reference, named).stream().map(ChangeJson.ConnectionMember::of).toList();
        // the service refused an unknown environment: named is one by now
        return Page.of(all, page, pageSize, ChangeJson.CONNECTIONS + "/" + reference + "/" + named.name() + "/members");
    }
}
