package nl.dictu.tvs.portal.usecase.account;

import com.nimbusds.jwt.JWTClaimsSet;

import java.util.Collection;
import java.util.List;

/**
 * Whether a staff sign-in's ID token says the provider checked a second factor: its {@code amr}
 * (RFC 8176) holds one of {@code TVS_OIDC_SECOND_FACTOR_AMR}, or its {@code acr} is one of
 * {@code TVS_OIDC_SECOND_FACTOR_ACR}. The portal relies on the provider for the second factor and
 * refuses a sign-in whose token does not say so. Checked at sign-in only: a refresh authenticates
 * nobody anew, so its token says nothing more.
 */
final class SecondFactorCheck {

    private SecondFactorCheck() {
    }

    /** @throws ProviderSignInRefusedException of kind SECOND_FACTOR when the token shows no second factor */
    static void require(JWTClaimsSet claims, ProviderSettings settings) {
        List<String> amr = methods(claims.getClaim("amr"));
        Object acr = claims.getClaim("acr");
        boolean shown = amr.stream().anyMatch(settings.secondFactorAmr()::contains)
                || acr instanceof String level && settings.secondFactorAcr().contains(level);
        if (!shown) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.SECOND_FACTOR,
                    "the ID token shows no second factor: amr " + amr + " has none of " + settings.secondFactorAmr()
                            + ", acr " + acr + " is none of " + settings.secondFactorAcr());
        }
    }

    private static List<String> methods(Object amr) {
        if (amr instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return amr instanceof String single ? List.of(single) : List.of();
    }
}
