package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiAccess;
import nl.dictu.tvs.portal.usecase.apiaccess.TokenGrant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/oauth/token}: OAuth 2 client credentials with a {@code private_key_jwt}
 * client assertion (RFC 7523), as the NL GOV OAuth profile asks. The answer is never cached.
 */
@Path("/v1/oauth/token")
@RequestScoped
@Tag(name = "oauth")
public class OAuthTokenResource {

    @EJB
    private ApiAccess access;

    /** The token endpoint's answer, as RFC 6749 (5.1) names its members. */
    public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                                @JsonbProperty("token_type") String tokenType,
                                @JsonbProperty("expires_in") int expiresIn,
                                String scope) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestToken", summary = "An access token for a registered client",
            description = "grant_type=client_credentials, client_assertion_type=urn:ietf:params:oauth:client-assertion-type:"
                    + "jwt-bearer, client_assertion=a JWT signed with the client's key (iss=sub=client id, aud=this "
                    + "endpoint's URL, exp within 5 minutes, a new jti), scope optional (space-separated).")
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public Response token(@FormParam("grant_type") String grantType,
                          @FormParam("client_assertion_type") String assertionType,
                          @FormParam("client_assertion") String assertion,
                          @FormParam("scope") String scope) {
        TokenGrant grant = access.token(grantType, assertionType, assertion, scope);
        return Response.ok(new TokenResponse(grant.accessToken(), grant.tokenType(), grant.expiresIn(), grant.scope()))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
