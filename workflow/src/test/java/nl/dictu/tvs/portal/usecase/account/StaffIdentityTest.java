package nl.dictu.tvs.portal.usecase.account;

import com.nimbusds.jwt.JWTClaimsSet;
import nl.dictu.tvs.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffIdentityTest {

    private static final ProviderSettings SETTINGS = new ProviderSettings("https://idp.example/realms/tvs", "tvs-portal",
            null, "https://portal.example/login/oidc", "https://portal.example", "roles", "reviewer", "admin",
            Set.of("otp"), Set.of());

    @Test
    void shouldMapTheTokensRolesOntoTheStaffRoles() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("s-1").claim("preferred_username", "Bea.Oordelaar")
                .claim("name", "Bea Oordelaar").claim("roles", List.of("reviewer", "offline_access", "admin")).build();

        StaffSignIn.Identity identity = StaffSignIn.identityOf(claims, SETTINGS);

        assertThat(identity.username()).isEqualTo("bea.oordelaar");
        assertThat(identity.displayName()).isEqualTo("Bea Oordelaar");
        assertThat(identity.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
    }

    @Test
    void shouldReadRolesFromANestedClaim() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("s-2")
                .claim("realm_access", Map.of("roles", List.of("admin"))).build();
        ProviderSettings nested = new ProviderSettings(SETTINGS.issuer(), SETTINGS.clientId(), null, SETTINGS.redirectUri(),
                SETTINGS.publicUrl(), "realm_access.roles", "reviewer", "admin", Set.of("otp"), Set.of());

        assertThat(StaffSignIn.identityOf(claims, nested).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void shouldRefuseAStaffMemberWithoutAPortalRole() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("s-3").claim("preferred_username", "iemand")
                .claim("roles", List.of("offline_access")).build();

        assertThatThrownBy(() -> StaffSignIn.identityOf(claims, SETTINGS))
                .isInstanceOfSatisfying(ProviderSignInRefusedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("providerRole"));
    }
}
