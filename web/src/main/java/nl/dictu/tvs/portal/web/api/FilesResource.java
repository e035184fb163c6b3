package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.application.FileDownload;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Uploads as raw bytes ({@code POST /api/files?purpose=CHECKLIST_EVIDENCE}, the name in
 * {@code X-File-Name}) and their download, always as an attachment. The body is read only up to the
 * purpose's limit, so an oversized upload costs no more memory than an allowed one.
 */
@Path("/files")
@RequestScoped
public class FilesResource {

    @EJB
    private UploadService uploads;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("purpose") String purpose, @HeaderParam("X-File-Name") String fileName,
                           InputStream body) throws IOException {
        FilePurpose filePurpose = purposeOf(purpose);
        String name = fileName == null ? "upload" : java.net.URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        byte[] content = Uploads.read(body, filePurpose);
        UploadedFile stored = uploads.upload(SignedInUsers.of(request), filePurpose, name, content);
        return Response.created(URI.create("files/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        return attachment(uploads.download(SignedInUsers.of(request), id));
    }

    /** A file sent as an attachment under its own name (never shown inline), with its SHA-256. */
    static Response attachment(FileDownload file) {
        return Response.ok(file.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    private static FilePurpose purposeOf(String purpose) {
        try {
            return FilePurpose.valueOf(String.valueOf(purpose));
        } catch (IllegalArgumentException e) {
            throw new InvalidApplicationException("upload.unknownPurpose", String.valueOf(purpose));
        }
    }
}
