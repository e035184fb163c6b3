package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the portal reaches the staff identity provider (OpenID Connect): its issuer, the portal's
 * client there, and where the provider sends the browser back to. Staff sign in there, with a
 * second factor the provider demands; applicants never do.
 *
 * @param redirectUri      built from {@code TVS_PUBLIC_URL}, never from a request's {@code Host}
 * @param secondFactorAmr  the {@code amr} values of which a sign-in's ID token must carry one
 * @param secondFactorAcr  the {@code acr} values that serve instead (empty: only {@code amr} counts)
 */
public record ProviderSettings(String issuer, String clientId, String clientSecret, String redirectUri,
                               String publicUrl, String rolesClaim, String reviewerRole, String adminRole,
                               Set<String> secondFactorAmr, Set<String> secondFactorAcr) {

    /** The path the provider sends the browser back to (and where a staff sign-in starts). */
    public static final String CALLBACK_PATH = "/login/oidc";

    /** The settings when {@code TVS_OIDC_ISSUER} is set; without it staff sign in with local accounts (demo mode only). */
    public static Optional<ProviderSettings> of(PortalConfig config) {
        return config.get(PortalConfig.OIDC_ISSUER).map(issuer -> {
            String clientId = config.get(PortalConfig.OIDC_CLIENT_ID).orElseThrow(() -> new IllegalStateException(
                    PortalConfig.OIDC_CLIENT_ID + " is not set: with " + PortalConfig.OIDC_ISSUER
                            + " the portal needs its client id at the identity provider"));
            String publicUrl = config.requiredPublicUrl();
            Set<String> amr = values(config.get(PortalConfig.OIDC_SECOND_FACTOR_AMR).orElse(PortalConfig.DEFAULT_SECOND_FACTOR_AMR));
            Set<String> acr = values(config.get(PortalConfig.OIDC_SECOND_FACTOR_ACR).orElse(""));
            if (amr.isEmpty() && acr.isEmpty()) {
                throw new IllegalStateException(PortalConfig.OIDC_SECOND_FACTOR_AMR + " names no value and "
                        + PortalConfig.OIDC_SECOND_FACTOR_ACR + " is not set: the portal could not tell a staff sign-in "
                        + "with a second factor; leave " + PortalConfig.OIDC_SECOND_FACTOR_AMR + " unset for "
                        + PortalConfig.DEFAULT_SECOND_FACTOR_AMR + ", or name the provider's values");
            }
            return new ProviderSettings(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer,
                    clientId, config.get(PortalConfig.OIDC_CLIENT_SECRET).orElse(null),
                    publicUrl + CALLBACK_PATH, publicUrl,
                    config.get(PortalConfig.OIDC_ROLES_CLAIM).orElse("roles"),
                    config.get(PortalConfig.OIDC_REVIEWER_ROLE).orElse("reviewer"),
                    config.get(PortalConfig.OIDC_ADMIN_ROLE).orElse("admin"),
                    amr, acr);
        });
    }

    /** A comma-separated list, without blanks. */
    static Set<String> values(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
