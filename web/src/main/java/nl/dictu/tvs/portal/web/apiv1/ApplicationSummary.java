package nl.dictu.tvs.portal.web.apiv1;

import jakarta.json.bind.annotation.JsonbProperty;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.application.Milestone;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An application of the client's organisation: reference, status ({@code inProgress}, {@code live},
 * {@code rejected}, {@code withdrawn}, {@code expired}, {@code terminated}), the tasks open now and
 * the milestones passed.
 */
public record ApplicationSummary(String reference, String status, Instant submittedAt, int currentVersion,
                                 List<String> openTasks, List<MilestoneJson> milestones,
                                 @JsonbProperty("_links") Map<String, Page.Link> links) {

    /** A milestone passed: the process step and when. */
    public record MilestoneJson(String step, Instant completedAt) {
        static MilestoneJson of(Milestone milestone) {
            return new MilestoneJson(milestone.elementId(), milestone.completedAt());
        }
    }

    static ApplicationSummary of(ApplicationStatusView view) {
        String self = "/api/v1/applications/" + view.reference();
        return new ApplicationSummary(view.reference(), view.status(), view.submittedAt(), view.currentVersion(),
                view.openTasks().stream().map(t -> t.taskKey()).toList(),
                view.milestones().stream().map(MilestoneJson::of).toList(),
                Map.of("self", new Page.Link(self), "documents", new Page.Link(self + "/documents"),
                        "milestones", new Page.Link(self + "/milestones"), "serviceUuids", new Page.Link(self + "/service-uuids"),
                        "clusterMembers", new Page.Link(self + "/cluster-members"),
                        "changeRequests", new Page.Link(self + "/change-requests")));
    }
}
