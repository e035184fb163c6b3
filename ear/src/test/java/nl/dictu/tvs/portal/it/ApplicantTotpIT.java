package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants may set up TOTP (RFC 6238) on their account and then sign in with a code, which works
 * once; a signatory must set it up before anything else opens.
 */
@Tag("h2-only")
class ApplicantTotpIT {

    private static final String OIN = "00000099123456789000";
    private static final Pattern SECRET = Pattern.compile("id=\"totpSecret\">([A-Z2-7 ]+)<");
    private static final Pattern INVITATION = Pattern.compile("http\\S+invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void shouldLetAnApplicantSetUpTotpAndSignInWithACodeThatWorksOnce() {
        String[] applicant = new AdminUsersPage().create("totp", "applicant", OIN);
        PortalClient session = PortalClient.forSharedServer();
        assertThat(session.signIn(applicant[0], applicant[1]).body()).contains("id=\"totpLink\"");

        String secret = enrol(session, "000000");

        HttpResponse<String> withoutCode = PortalClient.forSharedServer().postForm("/login",
                Map.of("username", applicant[0], "password", applicant[1]));
        assertThat(location(withoutCode)).isEqualTo("/login.xhtml?error=codeRequired");
        HttpResponse<String> expired = PortalClient.forSharedServer().postForm("/login", Map.of("username", applicant[0],
                "password", applicant[1], "code", ItTotp.code(secret, Instant.now().minus(Duration.ofMinutes(10)))));
        assertThat(location(expired)).isEqualTo("/login.xhtml?error=code");
        PortalClient english = PortalClient.forSharedServer();
        assertThat(english.follow(english.get("/login.xhtml?error=code&lang=en")).body())
                .contains("The code from your authenticator app is not correct, has expired or was used before");

        // the code of the next step: enrolment used up the current one
        String next = ItTotp.code(secret, Instant.now().plusSeconds(30));
        Map<String, String> withCode = Map.of("username", applicant[0], "password", applicant[1], "code", next);
        assertThat(location(PortalClient.forSharedServer().postForm("/login", withCode))).isEqualTo("/applicant/index.xhtml");
        assertThat(location(PortalClient.forSharedServer().postForm("/login", withCode))).as("a code works once")
                .isEqualTo("/login.xhtml?error=code");
    }

    @Test
    void shouldAskASignatoryToSetUpTotpBeforeAnythingElse() throws Exception {
        PortalClient inviter = PortalClient.forSharedServer();
        inviter.signIn("aanvrager", DemoAccount.PASSWORD);
        String email = "teken" + ThreadLocalRandom.current().nextInt(1_000_000) + "@voorbeeldstad.example";
        HttpResponse<String> organisation = inviter.get("/applicant/organisation.xhtml");
        assertThat(inviter.postForm("/applicant/organisation.xhtml", FacesForm.fields(organisation.body(), "inviteForm",
                "invite", Map.of("inviteEmail", email, "inviteRole", "SIGNATORY"))).statusCode()).isEqualTo(200);
        MimeMessage mail = ItMail.awaitMail(m -> ItMail.isTo(m, email), Duration.ofSeconds(60));
        Matcher link = INVITATION.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();

        PortalClient signatory = PortalClient.forSharedServer();
        HttpResponse<String> invitation = signatory.get("/invitation.xhtml?token=" + link.group(1));
        assertThat(invitation.body()).as("the invited address is the user name").contains(email)
                .doesNotContain("id=\"username\"");
        HttpResponse<String> accepted = signatory.follow(signatory.postForm("/invitation.xhtml?token=" + link.group(1),
                FacesForm.fields(invitation.body(), "invitationForm", "accept", Map.of("token", link.group(1),
                        "displayName", "Teo Tekenbevoegd",
                        "password", "een lang genoeg wachtwoord", "passwordRepeat", "een lang genoeg wachtwoord"))));
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 302);

        assertThat(location(signatory.get("/applicant/index.xhtml"))).isEqualTo("/account/totp.xhtml");
        assertThat(location(signatory.get("/api/applications"))).as("the API too").isEqualTo("/account/totp.xhtml");
        assertThat(signatory.get("/account/totp.xhtml").body()).contains("id=\"totpRequired\"");

        enrol(signatory, "12345");

        assertThat(signatory.get("/applicant/index.xhtml").statusCode()).isEqualTo(200);
    }

    /** Sets up TOTP on the account page, first with a wrong code (refused, with what to do); returns the secret. */
    private static String enrol(PortalClient session, String wrongCode) {
        HttpResponse<String> page = session.get("/account/totp.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> started = session.postForm("/account/totp.xhtml", FacesForm.fields(page.body(), "totpStartForm",
                "startTotp", Map.of()));
        Matcher shown = SECRET.matcher(started.body());
        assertThat(shown.find()).as(started.body()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(started.body()).contains("otpauth://totp/");
        assertThat(started.body()).as("a QR code to scan, drawn in the page").contains("id=\"totpQrCode\"")
                .containsPattern("<svg [^>]*aria-label=\"QR-code voor uw authenticator-app\"");

        String wrong = wrongCode.equals(ItTotp.code(secret)) ? "999999" : wrongCode;
        HttpResponse<String> refused = session.postForm("/account/totp.xhtml", FacesForm.fields(started.body(),
                "totpConfirmForm", "confirmTotp", Map.of("totpCode", wrong)));
        assertThat(refused.body()).contains("id=\"formRefusal\"")
                .containsAnyOf("De code klopt niet of is verlopen", "Vul de code van 6 cijfers in");

        HttpResponse<String> confirmed = session.postForm("/account/totp.xhtml", FacesForm.fields(refused.body(),
                "totpConfirmForm", "confirmTotp", Map.of("totpCode", ItTotp.code(secret))));
        assertThat(confirmed.body()).as(confirmed.body()).contains("id=\"totpEnrolled\"");
        assertThat(session.get("/account/totp.xhtml").body()).as("never shown again").contains("id=\"totpOn\"")
                .doesNotContain("id=\"totpSecret\"").doesNotContain("id=\"totpQrCode\"");
        return secret;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(" + response.statusCode() + ")");
    }
}
