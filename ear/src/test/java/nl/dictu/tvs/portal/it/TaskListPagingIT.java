package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's pages are addresses: page 2 of a view is a link that keeps the view and its filters, a page
 * beyond the last shows the last one and says so, and a claim on page 2 answers with page 2 again (post,
 * redirect, get), its confirmation on it.
 */
@Tag("h2-only")
class TaskListPagingIT {

    private static final Pattern REPORT = Pattern.compile("Taak ([\\d.]+) tot en met ([\\d.]+) van ([\\d.]+)");
    private static final Pattern CLAIM_BUTTON = Pattern.compile("name=\"(taskForm:row:\\d+:claim)\"");
    private static final Pattern PREVIOUS_LINK = Pattern.compile("<a [^>]*id=\"[^\"]*previousPage\"[^>]*href=\"([^\"]*)\"");
    private static final String ALL = "/reviewer/tasks.xhtml?view=ALL&sort=REFERENCE&direction=asc";

    @Test
    void shouldPageThroughTheTaskListByItsAddress() {
        PortalClient reviewer = PortalClient.forSharedServer();
        assertThat(reviewer.signIn(DemoAccount.REVIEWER.username, DemoAccount.PASSWORD).statusCode()).isEqualTo(200);
        moreThanOnePage(reviewer);

        String second = reviewer.get(ALL + "&page=2").body();
        Matcher report = report(second);
        assertThat(report.group(1)).as("page 2 starts at the 26th task").isEqualTo("26");
        assertThat(second).as("the current page marked for screen readers")
                .containsPattern("<a [^>]*aria-current=\"page\"[^>]*>2</a>");
        Matcher previous = PREVIOUS_LINK.matcher(second);
        assertThat(previous.find()).as("a link to the previous page").isTrue();
        assertThat(previous.group(1)).as("the link back keeps the view and its sort order")
                .contains("view=ALL").contains("sort=REFERENCE").contains("page=1");
        assertThat(second).as("no table widget, no script per row").doesNotContain("widget_taskForm");

        String beyond = reviewer.get(ALL + "&page=999").body();
        assertThat(beyond).contains("Pagina 999 bestaat niet (meer)");
        assertThat(report(beyond).group(2)).as("the last page ends at the last task").isEqualTo(report(beyond).group(3));
        assertThat(reviewer.get(ALL + "&page=twee").body()).contains("is geen paginanummer; u ziet de eerste pagina.");

        Matcher claim = CLAIM_BUTTON.matcher(second);
        assertThat(claim.find()).as("a task to claim on page 2").isTrue();
        HttpResponse<String> claimed = reviewer.postForm("/reviewer/tasks.xhtml",
                FacesForm.fields(second, "taskForm", claim.group(1), java.util.Map.of()));
        assertThat(claimed.statusCode()).as("the claim answers with a redirect, so a reload does not post again")
                .isEqualTo(302);
        String location = PortalClient.pathOf(claimed.headers().firstValue("Location").orElseThrow());
        assertThat(location).startsWith("/reviewer/tasks.xhtml").contains("view=ALL").contains("page=2")
                .contains("sort=REFERENCE");
        String after = reviewer.get(location).body();
        assertThat(after).contains("U hebt de taak opgepakt.");
        assertThat(report(after).group(1)).isEqualTo("26");
    }

    /** Submits applications until the "all" view has more than one page of 25. */
    private static void moreThanOnePage(PortalClient reviewer) {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        long missing = 26 - total(reviewer.get(ALL).body());
        for (long i = 0; i < missing; i++) {
            HttpResponse<String> submitted = applicant.post("/api/applications", ItApplications.validSubmission());
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        }
        Instant deadline = Instant.now().plus(ReviewerBrowser.PROCESS_TIMEOUT);
        while (total(reviewer.get(ALL).body()) <= 25) {
            assertThat(Instant.now()).as("the submitted applications reach the task list").isBefore(deadline);
            PortalServer.sleep(Duration.ofSeconds(1));
        }
    }

    private static long total(String page) {
        Matcher report = REPORT.matcher(page);
        return report.find() ? Long.parseLong(report.group(3).replace(".", "")) : 0;
    }

    private static Matcher report(String page) {
        Matcher report = REPORT.matcher(page);
        assertThat(report.find()).as("the page report").isTrue();
        return report;
    }
}
