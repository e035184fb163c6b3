package nl.dictu.tvs.portal.usecase.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a staff session keeps of the identity provider's answer: until {@code recheckAt} (the access
 * token's expiry, 5 minutes at most) the session stands; then the refresh token must still be
 * accepted, so a staff member the provider disabled loses access within the token's lifetime.
 *
 * @param idToken for signing out at the provider ({@code id_token_hint})
 */
public record ProviderTokens(String refreshToken, String idToken, Instant recheckAt) implements Serializable {
}
