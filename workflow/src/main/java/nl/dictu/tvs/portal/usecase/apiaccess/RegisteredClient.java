package nl.dictu.tvs.portal.usecase.apiaccess;

import java.time.Instant;
import java.util.Set;

/**
 * A machine client as registered: its public key (a JWK as JSON), its scopes, and its organisation.
 *
 * @param revokedAt when it was revoked, or null while it may get tokens
 */
public record RegisteredClient(String clientId, String name, String organisationOin, String organisationName,
                               String publicKeyJwk, String keyThumbprint, Set<ApiScope> scopes,
                               String createdBy, Instant createdAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
