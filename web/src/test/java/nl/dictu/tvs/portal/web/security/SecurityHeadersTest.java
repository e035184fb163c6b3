package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void shouldKeepThePortalsPolicyAndAddOnlyThePageScriptNonce() {
        String policy = SecurityHeaders.withScriptsOf("script-src 'self' 'nonce-YWJjZGVm';");

        assertThat(policy).startsWith(SecurityHeaders.POLICY).endsWith("; script-src 'self' 'nonce-YWJjZGVm'")
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
    }

    @Test
    void shouldFallBackToThePortalsPolicyWithoutANonce() {
        assertThat(SecurityHeaders.withScriptsOf("script-src 'unsafe-inline'")).isEqualTo(SecurityHeaders.POLICY);
    }

    @Test
    void shouldResolveARedirectAsSendRedirectWouldWithoutAHost() {
        assertThat(Redirects.resolve("/applicant/apply/organisation.xhtml", "summary.xhtml")).isEqualTo("/applicant/apply/summary.xhtml");
        assertThat(Redirects.resolve("/login", "/admin/index.xhtml")).isEqualTo("/admin/index.xhtml");
    }
}
