package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.access.SignedInUser;

/** A staff member signed in through the identity provider: who, with which roles, and the tokens to re-check with. */
public record ProviderSession(SignedInUser user, ProviderTokens tokens) {
}
