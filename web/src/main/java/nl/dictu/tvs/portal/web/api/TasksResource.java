package nl.dictu.tvs.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;

import java.util.List;

/** {@code /api/tasks}: the caller's task list, and claiming, releasing and completing a task. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    @EJB
    private TaskCommands commands;

    @EJB
    private ApplicationQueries queries;

    @Context
    private HttpServletRequest request;

    @GET
    public List<TaskSummary> mine() {
        return queries.tasksFor(SignedInUsers.of(request));
    }

    @POST
    @Path("/{taskId}/claim")
    public Response claim(@PathParam("taskId") String taskId) {
        commands.claim(SignedInUsers.of(request), taskId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{taskId}/unclaim")
    public Response unclaim(@PathParam("taskId") String taskId) {
        commands.unclaim(SignedInUsers.of(request), taskId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{taskId}/completion")
    public Response complete(@PathParam("taskId") String taskId, ApiJson.Decision decision) {
        TaskDecision taskDecision = decision == null ? TaskDecision.none() : decision.toDecision();
        commands.complete(SignedInUsers.of(request), taskId, taskDecision);
        return Response.noContent().build();
    }
}
