package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.Optional;

/**
 * How the portal reaches the staff identity provider (OpenID Connect): its issuer, the portal's
 * client there, and where the provider sends the browser back to. Staff sign in there, with a
 * second factor the provider demands; applicants never do.
 *
 * @param redirectUri built from {@code TVS_PUBLIC_URL}, never from a request's {@code Host}
 */
public record ProviderSettings(String issuer, String clientId, String clientSecret, String redirectUri,
                               String publicUrl, String rolesClaim, String reviewerRole, String adminRole) {

    /** The path the provider sends the browser back to (and where a staff sign-in starts). */
    public static final String CALLBACK_PATH = "/login/oidc";

    /** The settings when {@code TVS_OIDC_ISSUER} is set; without it staff sign in with local accounts (demo mode only). */
    public static Optional<ProviderSettings> of(PortalConfig config) {
        return config.get(PortalConfig.OIDC_ISSUER).map(issuer -> {
            String clientId = config.get(PortalConfig.OIDC_CLIENT_ID).orElseThrow(() -> new IllegalStateException(
                    PortalConfig.OIDC_CLIENT_ID + " is not set: with " + PortalConfig.OIDC_ISSUER
                            + " the portal needs its client id at the identity provider"));
            String publicUrl = config.requiredPublicUrl();
            return new ProviderSettings(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer,
                    clientId, config.get(PortalConfig.OIDC_CLIENT_SECRET).orElse(null),
                    publicUrl + CALLBACK_PATH, publicUrl,
                    config.get(PortalConfig.OIDC_ROLES_CLAIM).orElse("roles"),
                    config.get(PortalConfig.OIDC_REVIEWER_ROLE).orElse("reviewer"),
                    config.get(PortalConfig.OIDC_ADMIN_ROLE).orElse("admin"));
        });
    }
}
