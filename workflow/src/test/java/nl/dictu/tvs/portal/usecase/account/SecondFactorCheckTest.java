package nl.dictu.tvs.portal.usecase.account;

import com.nimbusds.jwt.JWTClaimsSet;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondFactorCheckTest {

    private static final Map<String, String> PROVIDER = Map.of("TVS_OIDC_ISSUER", "https://idp.example/realms/tvs",
            "TVS_OIDC_CLIENT_ID", "tvs-portal");

    @Test
    void shouldAcceptATokenWhoseAmrShowsASecondFactor() {
        JWTClaimsSet keycloak = claims().claim("amr", List.of("pwd", "otp")).build();

        assertThatCode(() -> SecondFactorCheck.require(keycloak, settings(Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseATokenWithAPasswordOnly() {
        JWTClaimsSet passwordOnly = claims().claim("amr", List.of("pwd")).claim("acr", "1").build();

        assertThatThrownBy(() -> SecondFactorCheck.require(passwordOnly, settings(Map.of())))
                .isInstanceOfSatisfying(ProviderSignInRefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProviderSignInRefusedException.Kind.SECOND_FACTOR);
                    assertThat(e.errorCode()).isEqualTo("providerSecondFactor");
                });
    }

    @Test
    void shouldRefuseATokenThatSaysNothingOfHowTheStaffMemberSignedIn() {
        JWTClaimsSet silent = claims().build();

        assertThatThrownBy(() -> SecondFactorCheck.require(silent, settings(Map.of())))
                .isInstanceOf(ProviderSignInRefusedException.class).hasMessageContaining("no second factor");
    }

    @Test
    void shouldAcceptTheConfiguredAcrInsteadOfAnAmr() {
        ProviderSettings byAcr = settings(Map.of("TVS_OIDC_SECOND_FACTOR_ACR", "urn:dictu:loa:substantieel, mfa-level"));
        JWTClaimsSet substantial = claims().claim("acr", "urn:dictu:loa:substantieel").build();
        JWTClaimsSet basic = claims().claim("acr", "urn:dictu:loa:basis").build();

        assertThatCode(() -> SecondFactorCheck.require(substantial, byAcr)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SecondFactorCheck.require(basic, byAcr)).isInstanceOf(ProviderSignInRefusedException.class);
    }

    @Test
    void shouldTakeTheProvidersOwnAmrValuesWhenConfigured() {
        ProviderSettings custom = settings(Map.of("TVS_OIDC_SECOND_FACTOR_AMR", "totp-app"));

        assertThat(custom.secondFactorAmr()).containsExactly("totp-app");
        assertThatCode(() -> SecondFactorCheck.require(claims().claim("amr", "totp-app").build(), custom))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SecondFactorCheck.require(claims().claim("amr", List.of("pwd", "otp")).build(), custom))
                .isInstanceOf(ProviderSignInRefusedException.class);
    }

    @Test
    void shouldRefuseSettingsThatCouldNotRecogniseASecondFactor() {
        assertThatThrownBy(() -> settings(Map.of("TVS_OIDC_SECOND_FACTOR_AMR", " , ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TVS_OIDC_SECOND_FACTOR_AMR names no value");
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("s-1").claim("preferred_username", "bea");
    }

    private static ProviderSettings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(PROVIDER);
        values.putAll(extra);
        PortalConfig config = new PortalConfig() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
            }
        };
        return ProviderSettings.of(config).orElseThrow();
    }
}
