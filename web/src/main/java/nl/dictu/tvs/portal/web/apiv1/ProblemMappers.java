package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiAuthenticationException;
import nl.dictu.tvs.portal.web.api.ApiMessages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The problem documents of API v1's own refusals: 401 with {@code WWW-Authenticate}, 429 with {@code Retry-After}. */
final class ProblemMappers {

    private ProblemMappers() {
    }

    /** @param oauthError {@code invalid_client} at the token endpoint, {@code invalid_token} elsewhere (RFC 6750) */
    static Response unauthorized(ApiAuthenticationException e, List<Locale> languages, String oauthError) {
        Map<String, Object> body = Problem.body(401, e.messageKey(), ApiMessages.render(languages, e.messageKey()), List.of());
        body.put("error", oauthError);
        return Problem.response(401, body)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"TVS Aansluitportaal\", error=\"" + oauthError + "\"")
                .header(ApiV1.VERSION_HEADER, ApiV1.VERSION).build();
    }

    static Response tooMany(TooManyRequestsException e, List<Locale> languages) {
        Map<String, Object> body = Problem.body(429, e.messageKey(),
                ApiMessages.render(languages, e.messageKey(), e.arguments().toArray()), List.of());
        return Problem.response(429, body).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .header(ApiV1.VERSION_HEADER, ApiV1.VERSION).build();
    }

    static Response refused(int status, String code, List<Locale> languages) {
        return Problem.response(status, Problem.body(status, code, ApiMessages.render(languages, code), List.of()))
                .header(ApiV1.VERSION_HEADER, ApiV1.VERSION).build();
    }
}
