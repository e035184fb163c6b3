package nl.dictu.tvs.portal.usecase.apiaccess;

import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.util.Set;

/**
 * The client an access token belongs to, checked at this request: not revoked, with the scopes the
 * token grants. It acts as an applicant of its organisation, named {@code api-client:<client id>}
 * in everything it does (audit trail, versions), so the services apply the pages' rules to it.
 */
public record ApiCaller(String clientId, String clientName, String organisationOin, String organisationName,
                        Set<ApiScope> scopes) {

    public static final String ACTOR_PREFIX = "api-client:";
    private static final String APPLICANT = "applicant";

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    public SignedInUser asUser() {
        return new SignedInUser(ACTOR_PREFIX + clientId, clientName, Set.of(APPLICANT), organisationName,
                organisationOin, null);
    }
}
