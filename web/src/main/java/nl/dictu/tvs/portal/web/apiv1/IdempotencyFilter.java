package nl.dictu.tvs.portal.web.apiv1;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiCaller;
import nl.dictu.tvs.portal.usecase.apiaccess.IdempotencyStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST of API v1: the first request with a key claims it (in the
 * database, so every node sees it) and its answer is kept for a day ({@link V1ResponseFilter}); the
 * same key with the same request again gets that answer without doing anything; with another
 * request, a 422 problem; while the first is still being served, a 409 problem. Keys belong to the
 * client (the token endpoint's to the body's assertion, which only its holder can send).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter {

    static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final String ANONYMOUS = "-";
    private static final int KEY_MAX = 200;

    @EJB
    private IdempotencyStore store;

    @Context
    private HttpServletRequest request;

    /** The key this request claimed, to keep its answer under. */
    record Claim(String owner, String key) {
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String key = context.getHeaderString(ApiV1.IDEMPOTENCY_KEY);
        if (!"POST".equals(context.getMethod()) || key == null || !ApiV1.isV1(context.getUriInfo())) {
            return;
        }
        if (key.isBlank() || key.length() > KEY_MAX) {
            context.abortWith(ProblemMappers.refused(400, "api.idempotency.tooLong", context.getAcceptableLanguages()));
            return;
        }
        String owner = request.getAttribute(ApiCallers.ATTRIBUTE) instanceof ApiCaller caller ? caller.clientId() : ANONYMOUS;
        byte[] body = read(context);
        String hash = hash(context.getUriInfo().getPath(), context.getMediaType() == null ? "" : context.getMediaType().toString(), body);
        Optional<IdempotencyStore.Earlier> earlier = store.claim(owner, key, hash, Instant.now());
        if (earlier.isEmpty()) {
            request.setAttribute(CLAIMED, new Claim(owner, key));
        } else if (!earlier.get().requestHash().equals(hash)) {
            context.abortWith(ProblemMappers.refused(422, "api.idempotency.otherRequest", context.getAcceptableLanguages()));
        } else if (earlier.get().answer().isEmpty()) {
            context.abortWith(ProblemMappers.refused(409, "api.idempotency.inProgress", context.getAcceptableLanguages()));
        } else {
            IdempotencyStore.StoredAnswer answer = earlier.get().answer().get();
            Response.ResponseBuilder replay = Response.status(answer.status()).entity(answer.body())
                    .header(ApiV1.IDEMPOTENCY_KEY, key).header("Idempotent-Replayed", "true");
            if (answer.contentType() != null) {
                replay.header(HttpHeaders.CONTENT_TYPE, answer.contentType());
            }
            if (answer.location() != null) {
                replay.header(HttpHeaders.LOCATION, answer.location());
            }
            context.abortWith(replay.build());
        }
    }

    private static byte[] read(ContainerRequestContext context) {
        try {
            byte[] body = context.getEntityStream().readAllBytes();
            context.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String path, String mediaType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((path + "\n" + mediaType + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
