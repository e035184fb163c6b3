package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The API answers what it cannot read or find with its own JSON, never with an exception's text. */
class ApiProblemsIT {

    @Test
    void shouldAnswerUnreadableJsonWithAProblemDocumentWithoutExceptionText() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);

        HttpResponse<String> unreadable = applicant.post("/api/applications", "{\"services\": [ {\"name\": ");

        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(unreadable.body()).contains("\"messageKey\":\"api.badRequest\"").contains("\"message\":\"")
                .doesNotContainIgnoringCase("exception").doesNotContain("RESTEASY").doesNotContain("jakarta.")
                .doesNotContain("nl.dictu");
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblemDocument() {
        HttpResponse<String> missing = new ApiSession(DemoAccount.REVIEWER).get("/api/no-such-thing");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"messageKey\":\"api.notFound\"").doesNotContainIgnoringCase("exception");
    }
}
