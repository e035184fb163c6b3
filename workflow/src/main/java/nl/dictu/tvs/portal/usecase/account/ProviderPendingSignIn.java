package nl.dictu.tvs.portal.usecase.account;

import java.io.Serializable;

/**
 * A staff sign-in sent to the identity provider and not yet back: kept in the browser's session
 * until the provider answers, and used once. {@code state} ties the answer to this browser,
 * {@code nonce} ties the ID token to this request, {@code codeVerifier} is the PKCE secret whose
 * S256 hash went out with the request.
 *
 * @param authorisationUrl where the browser goes to sign in
 * @param returnTo the portal page the person wanted, or null
 */
public record ProviderPendingSignIn(String state, String nonce, String codeVerifier, String authorisationUrl,
                                    String returnTo) implements Serializable {
}
