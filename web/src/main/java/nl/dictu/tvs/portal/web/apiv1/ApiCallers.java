package nl.dictu.tvs.portal.web.apiv1;

import jakarta.servlet.http.HttpServletRequest;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiCaller;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiScope;

/** The client {@link BearerTokenFilter} found for this request, and its scopes. */
final class ApiCallers {

    static final String ATTRIBUTE = ApiCaller.class.getName();

    private ApiCallers() {
    }

    static ApiCaller of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("API v1 call without a caller: BearerTokenFilter did not run");
    }

    /**
     * The caller as the services know users, once it has the scope.
     *
     * @throws AccessRefusedException (403) naming the missing scope
     */
    static SignedInUser with(HttpServletRequest request, ApiScope scope) {
        ApiCaller caller = of(request);
        if (!caller.has(scope)) {
            throw new AccessRefusedException("api.scope.missing", scope.value());
        }
        return caller.asUser();
    }
}
