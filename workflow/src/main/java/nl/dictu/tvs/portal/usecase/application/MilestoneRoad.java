package nl.dictu.tvs.portal.usecase.application;

import java.util.List;
import java.util.Set;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.*;

/**
 * An application's milestones as the applicant's and the reviewer's pages show them (the bundle's
 * {@code applicant.milestone.<id>}): the steps passed, the steps open now and the road still ahead
 * to a live connection. Reminders and DICTU's escalations are left out.
 *
 * @param passed  the steps passed, oldest first
 * @param current the steps open now, oldest first
 * @param ahead   the steps of the road after the furthest one passed that are not open now; none
 *                once the application has ended
 */
public record MilestoneRoad(List<Milestone> passed, List<String> current, List<String> ahead) {

    static final Set<String> SHOWN = Set.of(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, CORRECT_APPLICATION,
            UPLOAD_ALB_DECISION, VERIFY_ALB_DECISION, REGISTER_APPLICATION, ISSUE_SERVICE_UUIDS, REGISTER_EENMALIG_INLOGGEN,
            ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS, ASSESS_CHECKLIST, REWORK_CHECKLIST,
            APPROVE_PREPRODUCTION, UPLOAD_PREPRODUCTION_METADATA, REGISTER_PREPRODUCTION_CONNECTION, REQUEST_PRODUCTION,
            RUN_PRODUCTION_CHECKS, CORRECT_PRODUCTION_REQUEST, ASSESS_PRODUCTION, APPROVE_PRODUCTION, REGISTER_PRODUCTION_CONNECTION,
            AWAIT_CONNECTION_TERMINATION, APPLICATION_WITHDRAWN);

    /**
     * The road every application takes to a live connection, in order. Loops (correction, rework)
     * and the optional Eenmalig Inloggen and metadata upload are left out: they are shown once open or passed.
     */
    static final List<String> ROAD = List.of(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, REGISTER_APPLICATION,
            ISSUE_SERVICE_UUIDS, ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS,
            ASSESS_CHECKLIST, APPROVE_PREPRODUCTION, REGISTER_PREPRODUCTION_CONNECTION, REQUEST_PRODUCTION,
            RUN_PRODUCTION_CHECKS, ASSESS_PRODUCTION, APPROVE_PRODUCTION, REGISTER_PRODUCTION_CONNECTION,
            AWAIT_CONNECTION_TERMINATION);

    public MilestoneRoad {
        passed = List.copyOf(passed);
        current = List.copyOf(current);
        ahead = List.copyOf(ahead);
    }

    /** The road of an application as its status stands now. */
    public static MilestoneRoad of(ApplicationStatusView status) {
        List<Milestone> passed = status.milestones().stream().filter(m -> SHOWN.contains(m.elementId())).toList();
        if (!ApplicationStatusView.IN_PROGRESS.equals(status.status())) {
            return new MilestoneRoad(passed, List.of(), List.of());
        }
        List<String> current = status.nextStepKeys().stream().filter(SHOWN::contains).toList();
        int furthest = passed.stream().mapToInt(m -> ROAD.indexOf(m.elementId())).max().orElse(-1);
        List<String> ahead = ROAD.subList(furthest + 1, ROAD.size()).stream().filter(step -> !current.contains(step)).toList();
        return new MilestoneRoad(passed, current, ahead);
    }

    /** Whether the step is one the pages show as a milestone. */
    public static boolean shows(String elementId) {
        return elementId != null && SHOWN.contains(elementId);
    }
}
