package nl.dictu.tvs.portal.process;

import java.util.List;

/**
 * The names the change-request BPMN ({@value #RESOURCE}) and the Java code share: a change request on a live
 * connection, from its start to the load into TVS. The business key is the change request's reference, never the
 * application's, so the application's own instance stays the only one with that key. {@code docs/live-connections.md}
 * explains the route.
 */
public final class ChangeRequestModel {

    public static final String PROCESS_KEY = "changeRequest";
    public static final String RESOURCE = "bpmn/change-request.bpmn";

    // Events
    public static final String CHANGE_REQUESTED = "changeRequested";
    public static final String CHANGE_APPLIED = "changeApplied";
    public static final String CHANGE_REFUSED = "changeRefused";
    public static final String CHANGE_WITHDRAWN = "changeWithdrawn";
    public static final String CHANGE_WITHDRAWN_END = "changeWithdrawnEnd";
    public static final String REVIEW_ESCALATION_TIMER = "reviewChangeEscalationTimer";
    public static final String REVIEW_ESCALATED = "reviewChangeEscalated";

    /** The embedded sub-process of the reviewers' decision: the due date's timer and the withdrawal sit on it. */
    public static final String REVIEW_CHANGE = "reviewChange";

    // Reviewer tasks (candidate group reviewer)
    /** Fast lane: one reviewer confirms. */
    public static final String CONFIRM_CHANGE = "confirmChange";
    /** Reviewed: the first reviewer assesses. */
    public static final String ASSESS_CHANGE = "assessChange";
    /** Reviewed: a second reviewer approves (four eyes). */
    public static final String APPROVE_CHANGE = "approveChange";
    /** DICTU loads the applied change into TVS ("Laden in TVS"). */
    public static final String LOAD_INTO_TVS = "loadIntoTvs";

    // Service tasks (all asyncBefore, retried R3/PT1M, then an incident)
    public static final String APPROVE_CHANGE_AUTOMATICALLY = "approveChangeAutomatically";
    public static final String APPLY_CHANGE = "applyChange";
    public static final String CONFIRM_CHANGE_APPLIED = "confirmChangeApplied";
    public static final String NOTIFY_CHANGE_REFUSED = "notifyChangeRefused";
    public static final String ESCALATE_REVIEW_CHANGE = "escalateReviewChange";

    /** The decisions a reviewer takes on a change request: accept or refuse (a refusal with its reason). */
    public static final List<String> DECISION_TASKS = List.of(CONFIRM_CHANGE, ASSESS_CHANGE, APPROVE_CHANGE);
    public static final List<String> REVIEWER_TASKS = List.of(CONFIRM_CHANGE, ASSESS_CHANGE, APPROVE_CHANGE, LOAD_INTO_TVS);

    /** Process variables: ids and decision outcomes only. */
    public static final class Variables {
        public static final String CHANGE_REQUEST_ID = "changeRequestId";
        /** The application's id, as in the connection-request model (audit and notifications read it). */
        public static final String APPLICATION_ID = ConnectionRequestModel.Variables.APPLICATION_ID;
        public static final String ORGANISATION_OIN = ConnectionRequestModel.Variables.ORGANISATION_OIN;
        /** Certificates or metadata only, checks passed. */
        public static final String FAST_LANE = "fastLane";
        /** The admin setting at the start: a fast-lane request is applied without a reviewer. */
        public static final String AUTOMATIC = "automatic";
        public static final String CHANGE_ACCEPTED = "changeAccepted";
        public static final String CHANGE_ASSESSED_BY = "changeAssessedBy";
        public static final String CHANGE_APPROVED_BY = "changeApprovedBy";

        private Variables() {
        }
    }

    /** Message names, correlated by the change request's reference as business key. */
    public static final class Messages {
        public static final String CHANGE_WITHDRAWN = "changeRequestWithdrawn";

        private Messages() {
        }
    }

    /** The {@code @Named} beans the model calls through {@code camunda:delegateExpression}. */
    public static final class Delegates {
        public static final String AUTOMATIC_APPROVAL = "changeAutomaticApprovalDelegate";
        public static final String APPLICATION = "changeApplicationDelegate";
        public static final String CONFIRMATION = "changeConfirmationDelegate";
        public static final String REFUSAL = "changeRefusalDelegate";
        /** The connection-request model's notification delegate, for the escalation to the reviewers. */
        public static final String NOTIFICATION = ConnectionRequestModel.Delegates.NOTIFICATION;

        private Delegates() {
        }
    }

    private ChangeRequestModel() {
    }
}
