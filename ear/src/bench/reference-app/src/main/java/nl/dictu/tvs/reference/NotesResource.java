package nl.dictu.tvs.reference;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** One JAX-RS resource, so that RESTEasy deploys as it does for the portal's API. */
@Path("notes/count")
public class NotesResource {

    @Inject
    private NoteCount noteCount;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return Long.toString(noteCount.getCount());
    }

    @ApplicationPath("api")
    public static class Api extends Application {
    }
}
