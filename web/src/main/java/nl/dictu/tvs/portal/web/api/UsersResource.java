package nl.dictu.tvs.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.administration.CreatedAccount;
import nl.dictu.tvs.portal.usecase.administration.UserAdministration;
import nl.dictu.tvs.portal.usecase.administration.UserRow;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/users}, for admins: the accounts, and a new one, exactly as {@code admin/users.xhtml}
 * makes it. The answer to a new account carries its user name as stored (stripped, lower case) and
 * its one-time password, once.
 */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    private UserAdministration administration;

    @Context
    private HttpServletRequest request;

    @GET
    public List<UserRow> all() {
        return administration.users(SignedInUsers.of(request));
    }

    @POST
    public Response create(ApiJson.NewUser user) {
        CreatedAccount created = administration.create(SignedInUsers.of(request), user.toAccount());
        return Response.created(URI.create("users/" + created.username())).entity(created).build();
    }
}
