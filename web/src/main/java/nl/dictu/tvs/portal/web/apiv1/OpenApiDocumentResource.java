package nl.dictu.tvs.portal.web.apiv1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of API v1, generated from these classes
 * when the portal was built (smallrye-open-api-maven-plugin, shaped by {@link OpenApiDesignRules})
 * and linted there with Logius' ruleset for the API Design Rules.
 */
@Path("/v1/openapi.json")
@RequestScoped
@Tag(name = "openapi")
public class OpenApiDocumentResource {

    static final String DOCUMENT = "/META-INF/openapi/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiDocument", summary = "This document")
    public byte[] document() {
        try (InputStream in = OpenApiDocumentResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
