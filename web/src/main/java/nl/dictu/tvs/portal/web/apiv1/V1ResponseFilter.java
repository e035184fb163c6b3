package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.usecase.apiaccess.IdempotencyStore;
import nl.dictu.tvs.portal.web.api.RefusalMapper;

import java.util.List;
import java.util.Map;

/**
 * Every answer of API v1 carries {@code API-Version}; every error is a problem document: the
 * portal's refusals ({@code messageKey}, {@code message}, {@code field}) become {@code code},
 * {@code detail} and an {@code errors} entry (a conflict's {@code conflictsWith} becomes
 * {@code _links.conflictsWith}), and whatever else failed gets the status's problem
 * without any exception text. The answer of a POST that claimed an {@code Idempotency-Key} is kept.
 */
@Provider
@ApplicationScoped
public class V1ResponseFilter implements ContainerResponseFilter {

    private static final int MAX_KEPT_BODY = 20_000;

    @EJB
    private IdempotencyStore store;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        if (!ApiV1.isV1(requestContext.getUriInfo())) {
            return;
        }
        response.getHeaders().putSingle(ApiV1.VERSION_HEADER, ApiV1.VERSION);
        if (response.getStatus() >= 400 && !isProblem(response.getMediaType())) {
            toProblem(response);
        }
        if (request.getAttribute(IdempotencyFilter.CLAIMED) instanceof IdempotencyFilter.Claim claim) {
            keep(claim, response);
        }
    }

    private static boolean isProblem(MediaType type) {
        return type != null && "problem+json".equals(type.getSubtype());
    }

    private static void toProblem(ContainerResponseContext response) {
        int status = response.getStatus();
        String code = null;
        String detail = Problem.title(status);
        List<Problem.FieldError> errors = List.of();
        String conflictsWith = null;
        if (response.getEntity() instanceof Map<?, ?> refusal && refusal.get("message") instanceof String message) {
            code = String.valueOf(refusal.get("messageKey"));
            detail = message;
            if (refusal.get("field") instanceof String field) {
                errors = List.of(new Problem.FieldError(field, code, message));
            }
            if (refusal.get(RefusalMapper.CONFLICTS_WITH) instanceof String path) {
                conflictsWith = path;
            }
        }
        Map<String, Object> body = Problem.body(status, code, detail, errors);
        if (conflictsWith != null) {
            body.put("_links", Map.of(RefusalMapper.CONFLICTS_WITH, new Page.Link(conflictsWith)));
        }
        response.setEntity(Problem.toJson(body), new java.lang.annotation.Annotation[0],
                MediaType.valueOf(ApiV1.PROBLEM_JSON));
    }

    private void keep(IdempotencyFilter.Claim claim, ContainerResponseContext response) {
        String body = response.hasEntity() ? Problem.toJson(response.getEntity()) : null;
        if (response.getStatus() >= 500 || (body != null && body.length() > MAX_KEPT_BODY)) {
            store.release(claim.owner(), claim.key());
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        store.answer(claim.owner(), claim.key(), new IdempotencyStore.StoredAnswer(response.getStatus(),
                response.getMediaType() == null ? null : response.getMediaType().toString(), location, body));
        if (body != null && !(response.getEntity() instanceof String)) {
            // the first answer is sent exactly as it is kept, so a replay is the same to the byte
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        response.getHeaders().putSingle(ApiV1.IDEMPOTENCY_KEY, claim.key());
    }
}
