package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What costs the server most is limited per user and per address, alike on pages and in the API: 429 with Retry-After. */
class RateLimitIT {

    private static final String DEMO_OIN = "00000099123456789000";
    private static final int UPLOADS_PER_USER = 120;
    private static final int REGISTRATIONS_PER_ADDRESS = 20;

    @Test
    void shouldAnswerTheUploadPastTheUsersLimitWith429AndRetryAfter() {
        String[] applicant = new AdminUsersPage().create("uploader", "applicant", DEMO_OIN);
        PortalClient session = PortalClient.forSharedServer();
        String csrf = PortalClient.csrfTokenIn(session.signIn(applicant[0], applicant[1]).body());
        byte[] file = "<md/>".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < UPLOADS_PER_USER; i++) {
            assertThat(session.postBytes("/api/files?purpose=METADATA", file, "md" + i + ".xml", csrf).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> refused = session.postBytes("/api/files?purpose=METADATA", file, "te-veel.xml", csrf);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(refused.body()).contains("\"messageKey\":\"limit.tooMany\"");
    }

    @Test
    void shouldAnswerTheDemoRegistrationPastTheAddressLimitWith429() {
        String address = "198.19." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        PortalClient visitor = PortalClient.forSharedServer();
        Map<String, String> form = FacesForm.fields(visitor.get("/register.xhtml").body(), "registerForm", "register",
                Map.of("oin", "12345", "organisationName", "Gemeente Spam", "displayName", "Spam",
                        "email", "spam@spam.example", "password", "een lang wachtwoord", "passwordRepeat", "een lang wachtwoord"));
        for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
            HttpResponse<String> refusedOin = visitor.postForm("/register.xhtml", form, Map.of("X-Forwarded-For", address));
            assertThat(refusedOin.statusCode()).as(refusedOin.body()).isEqualTo(200);
            assertThat(refusedOin.body()).contains("id=\"formRefusal\"");
        }

        HttpResponse<String> tooMany = visitor.postForm("/register.xhtml", form, Map.of("X-Forwarded-For", address));

        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(tooMany.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooMany.body()).contains("te vaak");
        assertThat(visitor.sessionId()).as("still no session").isEmpty();
    }
}
