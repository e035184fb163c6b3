package nl.dictu.tvs.portal.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.documents.DocumentDownload;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;

import java.util.List;

/**
 * {@code /api/applications/{reference}/documents}: an application's issued documents, their download
 * (always as an attachment, never shown inline, with the stored SHA-256 in {@value #SHA256_HEADER}),
 * and the dossier a reviewer asks for. Who may see what is decided by {@link ApplicationDocuments};
 * a refusal is a 404, the same as for a document that does not exist.
 */
@Path("/applications/{reference}/documents")
@RequestScoped
public class DocumentsResource {

    public static final String SHA256_HEADER = "X-Content-SHA256";

    @EJB
    private ApplicationDocuments documents;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentView> list(@PathParam("reference") String reference) {
        return documents.list(SignedInUsers.of(request), reference);
    }

    @GET
    @Path("/{id:[0-9]{1,18}}")
    @Produces("application/pdf")
    public Response download(@PathParam("reference") String reference, @PathParam("id") long id) {
        DocumentDownload download = documents.download(SignedInUsers.of(request), reference, id);
        return Response.ok(download.content(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header(SHA256_HEADER, download.sha256())
                .build();
    }

    /** Reviewers: the dossier of everything issued so far (made now when something new was issued). */
    @POST
    @Path("/dossier")
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentView dossier(@PathParam("reference") String reference) {
        return documents.dossier(SignedInUsers.of(request), reference);
    }
}
