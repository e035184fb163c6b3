package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LandingPageTest {

    @Test
    void shouldSendEachRoleToItsOwnPage() {
        assertThat(LandingPage.forRoles(Set.of("applicant")::contains)).isEqualTo(LandingPage.APPLICANT);
        assertThat(LandingPage.forRoles(Set.of("reviewer")::contains)).isEqualTo(LandingPage.REVIEWER);
        assertThat(LandingPage.forRoles(Set.of("admin")::contains)).isEqualTo(LandingPage.ADMIN);
        assertThat(LandingPage.forRoles(Set.of("reviewer", "admin")::contains)).isEqualTo(LandingPage.REVIEWER);
        assertThat(LandingPage.forRoles(Set.<String>of()::contains)).isEqualTo("/error/403.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reviewer/index.xhtml", "/applicant/index.xhtml?id=3"})
    void shouldAcceptPathsInsideThePortal(String path) {
        assertThat(LandingPage.isSafeReturnPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example", "/\\evil.example", "reviewer/index.xhtml",
            "/login.xhtml", "/login.xhtml?error=credentials", "/login", "/x\r\nSet-Cookie: a=b", ""})
    void shouldRejectEverythingElse(String path) {
        assertThat(LandingPage.isSafeReturnPath(path)).isFalse();
    }

    @Test
    void shouldRejectNullAndOverlongPaths() {
        assertThat(LandingPage.isSafeReturnPath(null)).isFalse();
        assertThat(LandingPage.isSafeReturnPath("/" + "a".repeat(600))).isFalse();
    }
}
