package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session follows its account: what an admin changes about an account holds on the session's
 * next request, for pages, the API and downloads alike.
 */
class AccountSessionsIT {

    private static final String DEMO_OIN = "00000099123456789000";

    private final AdminUsersPage admin = new AdminUsersPage();

    @Test
    void shouldEndTheSessionOfADisabledReviewer() {
        String[] reviewer = admin.create("uit", "reviewer", null);
        PortalClient session = signedIn(reviewer);
        assertThat(session.get("/api/tasks").statusCode()).isEqualTo(200);
        assertThat(session.getBytes("/reviewer/applications.csv").statusCode()).isEqualTo(200);

        admin.disable(reviewer[0]);

        assertThat(session.get("/reviewer/index.xhtml").statusCode()).as("task list").isEqualTo(302);
        assertThat(session.get("/api/tasks").statusCode()).as("API").isNotEqualTo(200);
        HttpResponse<byte[]> csv = session.getBytes("/reviewer/applications.csv");
        assertThat(csv.statusCode()).as("CSV of every organisation").isNotEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain("TVS-DEMO-00001");
    }

    @Test
    void shouldGiveAReviewerWhoBecameAdminOnlyTheAdminRole() {
        String[] reviewer = admin.create("wissel", "reviewer", null);
        PortalClient session = signedIn(reviewer);

        admin.changeRolesTo(reviewer[0], "admin");

        assertThat(session.get("/reviewer/index.xhtml").statusCode()).as("reviewer pages").isEqualTo(403);
        assertThat(session.get("/api/tasks").statusCode()).as("reviewer API").isEqualTo(403);
        assertThat(session.get("/admin/index.xhtml").statusCode()).as("admin pages").isEqualTo(200);
    }

    @Test
    void shouldEndTheSessionsOfAnAccountWhosePasswordWasReset() {
        String[] reviewer = admin.create("reset", "reviewer", null);
        PortalClient session = signedIn(reviewer);

        admin.resetPassword(reviewer[0]);

        assertThat(session.get("/reviewer/index.xhtml").statusCode()).isEqualTo(302);
        assertThat(session.get("/api/tasks").statusCode()).isNotEqualTo(200);
    }

    @Test
    void shouldRefuseAnUploadFromADisabledApplicantsSession() {
        String[] applicant = admin.create("upload", "applicant", DEMO_OIN);
        PortalClient session = signedIn(applicant);
        String csrf = PortalClient.csrfTokenIn(session.get("/applicant/index.xhtml").body());
        assertThat(session.postBytes("/api/files?purpose=METADATA", "<a/>".getBytes(StandardCharsets.UTF_8), "voor.xml", csrf)
                .statusCode()).isEqualTo(201);

        admin.disable(applicant[0]);

        HttpResponse<String> upload = session.postBytes("/api/files?purpose=METADATA",
                "<a/>".getBytes(StandardCharsets.UTF_8), "na.xml", csrf);
        assertThat(upload.statusCode()).as(upload.body()).isNotEqualTo(201).isNotEqualTo(200);
        assertThat(session.get("/applicant/index.xhtml").statusCode()).isEqualTo(302);
    }

    private static PortalClient signedIn(String[] account) {
        PortalClient client = PortalClient.forSharedServer();
        HttpResponse<String> landing = client.signIn(account[0], account[1]);
        assertThat(landing.statusCode()).as(landing.body()).isEqualTo(200);
        return client;
    }
}
