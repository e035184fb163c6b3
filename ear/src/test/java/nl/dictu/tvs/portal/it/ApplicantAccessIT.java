package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant never sees or touches another organisation's application, whatever the address:
 * pages, API and file downloads answer 404, exactly as for something that does not exist, and
 * nothing of the application is in the answer.
 */
class ApplicantAccessIT {

    /** The demo organisation's application, which the second demo organisation must not see. */
    private static final String FOREIGN = "TVS-DEMO-00001";
    private static final List<String> LEAKS = List.of("Gemeente Voorbeeldstad", "00000099123456789000",
            "Parkeervergunning aanvragen", "Demi Techniek", "Anne Aanvrager");
    private static final List<String> PAGES = List.of("application", "correct", "rework", "production", "withdraw");

    private static void assertNotFoundWithoutData(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
        LEAKS.forEach(leak -> assertThat(response.body()).as(response.uri().toString()).doesNotContain(leak));
    }

    @Test
    void shouldAnswer404OnEveryPageOfAnotherOrganisationsApplication() {
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        ApiSession owner = new ApiSession(DemoAccount.APPLICANT);

        for (String page : PAGES) {
            assertNotFoundWithoutData(neighbour.get("/applicant/" + page + ".xhtml?reference=" + FOREIGN));
            assertNotFoundWithoutData(neighbour.get("/applicant/" + page + ".xhtml?reference=TVS-2000-99999"));
            assertNotFoundWithoutData(neighbour.get("/applicant/" + page + ".xhtml"));
        }
        HttpResponse<String> own = owner.get("/applicant/application.xhtml?reference=" + FOREIGN);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(FOREIGN).contains("Parkeervergunning aanvragen");
        assertThat(neighbour.get("/applicant/index.xhtml").body()).doesNotContain(FOREIGN);
    }

    @Test
    void shouldAnswer404InTheApiForAnotherOrganisationsApplicationAndChangeNothing() {
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        ApiSession owner = new ApiSession(DemoAccount.APPLICANT);

        assertNotFoundWithoutData(neighbour.get("/api/applications/" + FOREIGN));
        assertNotFoundWithoutData(neighbour.get("/api/applications/" + FOREIGN + "/checklist"));
        HttpResponse<String> withdrawal = neighbour.post("/api/applications/" + FOREIGN + "/withdrawal", "{}");
        assertNotFoundWithoutData(withdrawal);
        assertThat(withdrawal.body()).contains("access.notYourApplication");
        assertNotFoundWithoutData(neighbour.post("/api/applications/" + FOREIGN + "/correction",
                ItApplications.validSubmission()));
        assertThat(neighbour.get("/api/applications").body()).doesNotContain(FOREIGN);

        HttpResponse<String> details = owner.get("/api/applications/" + FOREIGN);
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(owner.get("/api/applications").body()).contains("\"reference\":\"" + FOREIGN + "\"")
                .contains("\"status\":\"inProgress\"");
    }

    @Test
    void shouldAnswer404ForAnotherOrganisationsFileAsForOneThatDoesNotExist() {
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        ApiSession owner = new ApiSession(DemoAccount.APPLICANT);
        byte[] pdf = "%PDF-1.4\n% Gemeente Voorbeeldstad evidence\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = owner.upload("CHECKLIST_EVIDENCE", "bewijs-voorbeeldstad.pdf", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = uploaded.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        HttpResponse<String> foreign = neighbour.get("/api/files/" + id);
        HttpResponse<String> missing = neighbour.get("/api/files/999999999");

        assertNotFoundWithoutData(foreign);
        assertThat(foreign.body()).doesNotContain("bewijs-voorbeeldstad").doesNotContain("evidence");
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<String> own = owner.get("/api/files/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(own.body()).contains("Gemeente Voorbeeldstad evidence");
    }
}
