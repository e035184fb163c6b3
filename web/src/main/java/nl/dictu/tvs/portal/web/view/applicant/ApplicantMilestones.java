package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.usecase.application.Milestone;

import java.util.List;
import java.util.Set;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.*;

/**
 * The steps an applicant is shown as milestones (the bundle's {@code applicant.milestone.<id>}):
 * what moved their application on. Reminders and DICTU's escalations are left out.
 */
final class ApplicantMilestones {

    static final Set<String> SHOWN = Set.of(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, CORRECT_APPLICATION,
            UPLOAD_ALB_DECISION, VERIFY_ALB_DECISION, REGISTER_APPLICATION, ISSUE_SERVICE_UUIDS, REGISTER_EENMALIG_INLOGGEN,
            ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS, ASSESS_CHECKLIST, REWORK_CHECKLIST,
            APPROVE_PREPRODUCTION, REGISTER_PREPRODUCTION_CONNECTION, REQUEST_PRODUCTION, RUN_PRODUCTION_CHECKS,
            CORRECT_PRODUCTION_REQUEST, ASSESS_PRODUCTION, APPROVE_PRODUCTION, REGISTER_PRODUCTION_CONNECTION,
            AWAIT_CONNECTION_TERMINATION, APPLICATION_WITHDRAWN);

    /**
     * The road every application takes to a live connection, in order: the milestones still ahead
     * are the steps of it after the last one passed. Loops (correction, rework) and the optional
     * Eenmalig Inloggen are left out: they are shown once passed.
     */
    static final List<String> ROAD = List.of(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, REGISTER_APPLICATION,
            ISSUE_SERVICE_UUIDS, ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS,
            ASSESS_CHECKLIST, APPROVE_PREPRODUCTION, REGISTER_PREPRODUCTION_CONNECTION, REQUEST_PRODUCTION,
            RUN_PRODUCTION_CHECKS, ASSESS_PRODUCTION, APPROVE_PRODUCTION, REGISTER_PRODUCTION_CONNECTION,
            AWAIT_CONNECTION_TERMINATION);

    private ApplicantMilestones() {
    }

    /** The steps of the road after the furthest one passed, for an application still in progress. */
    static List<String> ahead(List<Milestone> passed) {
        int furthest = passed.stream().mapToInt(m -> ROAD.indexOf(m.elementId())).max().orElse(-1);
        return ROAD.subList(furthest + 1, ROAD.size());
    }

    static List<Milestone> shown(List<Milestone> milestones) {
        return milestones.stream().filter(m -> SHOWN.contains(m.elementId())).toList();
    }
}
