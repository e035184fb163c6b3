package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;
import java.util.List;

/**
 * One line of the applicant's "my applications": where it stands, its services, and when it last
 * moved.
 *
 * @param services      the service names of the current version
 * @param lastChangedAt the latest of submission, completed steps and tasks that opened
 */
public record ApplicationOverview(ApplicationStatusView status, List<String> services, Instant lastChangedAt) {

    public ApplicationOverview {
        services = List.copyOf(services);
    }

    static ApplicationOverview of(ApplicationStatusView status, List<String> services) {
        Instant last = status.submittedAt();
        for (Milestone milestone : status.milestones()) {
            last = later(last, milestone.completedAt());
        }
        for (var task : status.openTasks()) {
            last = later(last, task.created());
        }
        return new ApplicationOverview(status, services, last);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** The service names as one line, for lists. */
    public String servicesText() {
        return String.join(", ", services);
    }

    public String reference() {
        return status.reference();
    }
}
