package nl.dictu.tvs.portal.usecase.apiaccess;

/** The token endpoint's answer (RFC 6749, section 5.1). */
public record TokenGrant(String accessToken, String tokenType, int expiresIn, String scope) {
}
