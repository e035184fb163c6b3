package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** No link and no redirect is built from the request's Host header, which anyone can forge. */
class PublicLinksIT {

    private static final String FORGED = "attacker.example";
    private static final Pattern LINK = Pattern.compile("http\\S+invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");

    private final String baseUrl = PortalServer.shared().baseUrl();

    @Test
    void shouldRedirectRelativelyWhateverTheHostHeaderSays() {
        String toLogin = RawHttp.send(baseUrl, "GET", "/admin/index.xhtml", FORGED, null, null);
        String failedSignIn = RawHttp.send(baseUrl, "POST", "/login", FORGED, null, "username=beheerder&password=wrong");
        String signIn = RawHttp.send(baseUrl, "POST", "/login", FORGED, null, "username=beheerder&password=tvs-demo");

        for (String head : new String[] {toLogin, failedSignIn, signIn}) {
            assertThat(head).startsWith("HTTP/1.1 302");
            assertThat(RawHttp.header(head, "Location")).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/").doesNotStartWith("//").doesNotContain(FORGED));
        }
        assertThat(RawHttp.header(signIn, "Location")).contains("/admin/index.xhtml");
    }

    @Test
    void shouldMailAnInvitationLinkToThePublicAddressEvenWhenInvitedThroughAForgedHost() throws Exception {
        PortalClient applicant = PortalClient.forSharedServer();
        applicant.signIn("aanvrager", DemoAccount.PASSWORD);
        HttpResponse<String> page = applicant.get("/applicant/organisation.xhtml");
        String email = "gast" + ThreadLocalRandom.current().nextInt(1_000_000) + "@voorbeeldstad.example";
        String form = FacesForm.fields(page.body(), "inviteForm", "invite",
                        Map.of("inviteEmail", email, "inviteRole", "TECHNICAL_CONTACT")).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        String invited = RawHttp.send(baseUrl, "POST", "/applicant/organisation.xhtml", FORGED,
                "JSESSIONID=" + applicant.sessionId().orElseThrow(), form);

        assertThat(invited).startsWith("HTTP/1.1 200");
        MimeMessage mail = ItMail.awaitMail(m -> ItMail.isTo(m, email), Duration.ofSeconds(60));
        Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("an invitation link in the mail").isTrue();
        assertThat(link.group()).doesNotContain(FORGED)
                .startsWith(PortalServer.shared().environment().get("TVS_PUBLIC_URL") + "/invitation.xhtml?token=");
        HttpResponse<String> opened = PortalClient.forSharedServer().get(PortalClient.pathOf(link.group()));
        assertThat(opened.body()).contains("id=\"invitationForm\"").contains(email);
    }
}
