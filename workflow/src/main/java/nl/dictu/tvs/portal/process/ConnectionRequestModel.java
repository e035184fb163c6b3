package nl.dictu.tvs.portal.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the connection-request BPMN and the Java code share, so that no code repeats a string
 * literal from the model. {@code docs/process.md} explains each of them.
 */
public final class ConnectionRequestModel {

    public static final String PROCESS_KEY = "connectionRequest";
    public static final String RESOURCE = "bpmn/connection-request.bpmn";

    /**
     * Wait states of older versions that the newest no longer has, and where an instance waiting at one waits in
     * the newest: the certificate watch's 60-day timer (event-based gateway, reminder and the message after it)
     * gave way to the expiry watch, so such an instance waits for the renewal message alone.
     */
    public static final Map<String, String> MOVED_WAIT_STATES = Map.of(
            "certificateWatchGateway", "productionCertificateRenewed",
            "remindCertificateExpiry", "productionCertificateRenewed",
            "awaitCertificateRenewal", "productionCertificateRenewed");
    /** Reminder steps of older versions that the assessment watch replaced: a pending one is dropped. */
    public static final Set<String> DROPPED_ACTIVITIES = Set.of("remindFirstSecurityAssessment",
            "remindYearlySecurityAssessment");

    // Events
    public static final String APPLICATION_SUBMITTED = "applicationSubmitted";
    public static final String APPLICATION_REJECTED = "applicationRejected";
    public static final String APPLICATION_EXPIRED = "applicationExpired";
    public static final String APPLICATION_WITHDRAWN = "applicationWithdrawn";
    public static final String APPLICATION_WITHDRAWN_END = "applicationWithdrawnEnd";
    public static final String CONNECTION_TERMINATED_END = "connectionTerminatedEnd";
    /** The message catch event of a live connection's certificate renewal. */
    public static final String PRODUCTION_CERTIFICATE_RENEWED = "productionCertificateRenewed";

    // Applicant tasks (candidate group applicant-<OIN>)
    public static final String CORRECT_APPLICATION = "correctApplication";
    public static final String UPLOAD_ALB_DECISION = "uploadAlbDecision";
    public static final String ACKNOWLEDGE_TEST_ACCOUNTS = "acknowledgeTestAccounts";
    public static final String REWORK_CHECKLIST = "reworkChecklist";
    public static final String REQUEST_PRODUCTION = "requestProduction";
    public static final String CORRECT_PRODUCTION_REQUEST = "correctProductionRequest";
    /** After the preproduction approval: metadata listing the issued ServiceUUIDs, or the AuthnRequest choice. */
    public static final String UPLOAD_PREPRODUCTION_METADATA = "uploadPreproductionMetadata";

    // Reviewer tasks (candidate group reviewer)
    public static final String VERIFY_ALB_DECISION = "verifyAlbDecision";
    public static final String REGISTER_APPLICATION = "registerApplication";
    public static final String ARRANGE_DIGID_CONNECTION = "arrangeDigidConnection";
    public static final String DELIVER_TEST_ACCOUNTS = "deliverTestAccounts";
    public static final String ASSESS_CHECKLIST = "assessChecklist";
    public static final String APPROVE_PREPRODUCTION = "approvePreproduction";
    public static final String ASSESS_PRODUCTION = "assessProduction";
    public static final String APPROVE_PRODUCTION = "approveProduction";

    // Receive task of the live phase
    public static final String AWAIT_CONNECTION_TERMINATION = "awaitConnectionTermination";

    // Service tasks (all asyncBefore, retried R3/PT1M, then an incident)
    public static final String RUN_AUTOMATED_CHECKS = "runAutomatedChecks";
    public static final String ISSUE_SERVICE_UUIDS = "issueServiceUuids";
    public static final String REGISTER_EENMALIG_INLOGGEN = "registerEenmaligInloggen";
    public static final String REGISTER_PREPRODUCTION_CONNECTION = "registerPreproductionConnection";
    public static final String NOTIFY_PREPRODUCTION_CONNECTED = "notifyPreproductionConnected";
    public static final String RUN_PRODUCTION_CHECKS = "runProductionChecks";
    public static final String REGISTER_PRODUCTION_CONNECTION = "registerProductionConnection";
    public static final String NOTIFY_PRODUCTION_CONNECTED = "notifyProductionConnected";
    public static final String NOTIFY_APPLICATION_REJECTED = "notifyApplicationRejected";
    public static final String NOTIFY_APPLICATION_EXPIRED = "notifyApplicationExpired";
    public static final String NOTIFY_APPLICATION_WITHDRAWN = "notifyApplicationWithdrawn";
    public static final String NOTIFY_PRODUCTION_REQUEST_REFUSED = "notifyProductionRequestRefused";
    public static final String RUN_RENEWAL_CHECKS = "runRenewalChecks";
    public static final String REGISTER_RENEWED_PRODUCTION_CONNECTION = "registerRenewedProductionConnection";
    public static final String NOTIFY_CERTIFICATE_RENEWED = "notifyCertificateRenewed";

    // Gateways the services care about
    public static final String ALB_DECISION_ATTACHED_GATEWAY = "albDecisionAttachedGateway";
    public static final String SERVICE_UUID_DELIVERY_GATEWAY = "serviceUuidDeliveryGateway";

    public static final List<String> APPLICANT_TASKS = List.of(CORRECT_APPLICATION, UPLOAD_ALB_DECISION,
            ACKNOWLEDGE_TEST_ACCOUNTS, REWORK_CHECKLIST, UPLOAD_PREPRODUCTION_METADATA, REQUEST_PRODUCTION,
            CORRECT_PRODUCTION_REQUEST);
    public static final List<String> REVIEWER_TASKS = List.of(VERIFY_ALB_DECISION, REGISTER_APPLICATION,
            ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ASSESS_CHECKLIST, APPROVE_PREPRODUCTION,
            ASSESS_PRODUCTION, APPROVE_PRODUCTION);
    /** The reviewer tasks whose decision is accept or reject (a rejection with its reason). */
    public static final List<String> ACCEPT_OR_REJECT_TASKS = List.of(REGISTER_APPLICATION, VERIFY_ALB_DECISION,
            ASSESS_CHECKLIST, ASSESS_PRODUCTION, APPROVE_PREPRODUCTION, APPROVE_PRODUCTION);

    public static final String REVIEWER_GROUP = "reviewer";
    /** Working days a reviewer task has before its escalation timer fires: its due date. */
    public static final int REVIEWER_TASK_DUE_WORKING_DAYS = 5;
    private static final String APPLICANT_GROUP_PREFIX = "applicant-";

    /** Process variables: IDs, business keys and decision outcomes only, never entities. */
    public static final class Variables {
        public static final String APPLICATION_ID = "applicationId";
        public static final String ORGANISATION_OIN = "organisationOin";
        public static final String EENMALIG_INLOGGEN = "eenmaligInloggen";
        public static final String CHECKS_PASSED = "checksPassed";
        public static final String ON_ALB_LIST = "onAlbList";
        public static final String ALB_DECISION_ACCEPTED = "albDecisionAccepted";
        /** RvIG's reference of the decision a reviewer accepted, when the reviewer gave it. */
        public static final String ALB_DECISION_REFERENCE = "albDecisionReference";
        public static final String REGISTRATION_ACCEPTED = "registrationAccepted";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String DIGID_CONNECTION_REFERENCE = "digidConnectionReference";
        /** Which test accounts the reviewer handed over, and how. */
        public static final String TEST_ACCOUNTS_DELIVERY = "testAccountsDelivery";
        public static final String CHECKLIST_APPROVED = "checklistApproved";
        /**
         * Set by the registration: whether each service gets its own ServiceUUID per environment (true), or one
         * shared by preproduction and production (false or absent).
         */
        public static final String SERVICE_UUIDS_PER_ENVIRONMENT = "serviceUuidsPerEnvironment";
        /**
         * How the DV sends its ServiceUUID ({@code ServiceUuidDelivery} name), set when the ServiceUUIDs are issued
         * and when the applicant changes it; {@code AUTHN_REQUEST} skips the updated preproduction metadata.
         */
        public static final String SERVICE_UUID_DELIVERY = "serviceUuidDelivery";
        public static final String CHECKLIST_ASSESSED_BY = "checklistAssessedBy";
        public static final String PREPRODUCTION_APPROVED_BY = "preproductionApprovedBy";
        public static final String PRODUCTION_CHECKS_PASSED = "productionChecksPassed";
        public static final String PRODUCTION_ASSESSED_BY = "productionAssessedBy";
        public static final String PRODUCTION_APPROVED_BY = "productionApprovedBy";
        public static final String CERTIFICATE_REMINDER_AT = "certificateReminderAt";
        public static final String APPLICATION_STATUS = "applicationStatus";
        /** Id of the stored RvIG decision ({@code ALB_DECISION} upload) once the applicant attached one. */
        public static final String ALB_DECISION_FILE_ID = "albDecisionFileId";
        public static final String PRODUCTION_ASSESSMENT_ACCEPTED = "productionAssessmentAccepted";
        public static final String PRODUCTION_APPROVAL_ACCEPTED = "productionApprovalAccepted";
        public static final String PREPRODUCTION_APPROVAL_ACCEPTED = "preproductionApprovalAccepted";
        /** Why the second reviewer sent the checklist back to assessment (for the assessor, not mailed). */
        public static final String PREPRODUCTION_APPROVAL_REFUSAL_REASON = "preproductionApprovalRefusalReason";
        /** Why the second reviewer sent the production request back to assessment (for the assessor, not mailed). */
        public static final String PRODUCTION_APPROVAL_REFUSAL_REASON = "productionApprovalRefusalReason";
        /** Local input of every notification task: which message template to queue. */
        public static final String TEMPLATE_KEY = "templateKey";
        /** Local input of reminder and escalation notifications: the element id of the waiting task. */
        public static final String RELATED_TASK = "relatedTask";

        private Variables() {
        }
    }

    /** Message names for {@code RuntimeService#createMessageCorrelation}, correlated by business key. */
    public static final class Messages {
        public static final String APPLICATION_WITHDRAWN = "applicationWithdrawn";
        public static final String CONNECTION_TERMINATED = "connectionTerminated";
        public static final String PRODUCTION_CERTIFICATE_RENEWED = "productionCertificateRenewed";

        private Messages() {
        }
    }

    /** The {@code @Named} beans the model calls through {@code camunda:delegateExpression}. */
    public static final class Delegates {
        public static final String AUTOMATED_CHECKS = "automatedChecksDelegate";
        public static final String SERVICE_UUIDS = "serviceUuidDelegate";
        public static final String EENMALIG_INLOGGEN = "eenmaligInloggenDelegate";
        public static final String PREPRODUCTION_CONNECTION = "preproductionConnectionDelegate";
        public static final String PRODUCTION_CHECKS = "productionChecksDelegate";
        public static final String PRODUCTION_CONNECTION = "productionConnectionDelegate";
        public static final String NOTIFICATION = "notificationDelegate";
        /** Not a delegate: the calendar bean the escalation timers call. */
        public static final String WORKING_DAYS = "workingDays";

        private Delegates() {
        }
    }

    /** Values of the {@code templateKey} input of the notification tasks. */
    public static final class Notifications {
        public static final String APPLICANT_TASK_REMINDER = "applicantTaskReminder";
        public static final String REVIEWER_TASK_ESCALATED = "reviewerTaskEscalated";
        public static final String APPLICATION_REJECTED = "applicationRejected";
        public static final String APPLICATION_EXPIRED = "applicationExpired";
        public static final String APPLICATION_WITHDRAWN = "applicationWithdrawn";
        public static final String PREPRODUCTION_CONNECTED = "preproductionConnected";
        public static final String PRODUCTION_CONNECTED = "productionConnected";
        public static final String FIRST_SECURITY_ASSESSMENT_DUE = "firstSecurityAssessmentDue";
        public static final String YEARLY_SECURITY_ASSESSMENT_DUE = "yearlySecurityAssessmentDue";
        public static final String CERTIFICATE_EXPIRING = "certificateExpiring";
        /** Not a task input: the receipt mail the automated checks step queues with the receipt attached. */
        public static final String APPLICATION_RECEIVED = "applicationReceived";
        public static final String PRODUCTION_REQUEST_REFUSED = "productionRequestRefused";
        public static final String PRODUCTION_CERTIFICATE_RENEWED = "productionCertificateRenewed";

        private Notifications() {
        }
    }

    /** Values of {@code applicationStatus}, set by the end events and the live phase. */
    public static final class Status {
        public static final String LIVE = "live";
        public static final String REJECTED = "rejected";
        public static final String WITHDRAWN = "withdrawn";
        public static final String EXPIRED = "expired";
        public static final String TERMINATED = "terminated";

        private Status() {
        }
    }

    private ConnectionRequestModel() {
    }

    /** The candidate group of the applicants of the organisation with this OIN. */
    public static String applicantGroup(String organisationOin) {
        return APPLICANT_GROUP_PREFIX + organisationOin;
    }

    /** Whether a candidate group (as the model writes it) is an organisation's applicants. */
    public static boolean isApplicantGroup(String candidateGroupExpression) {
        return candidateGroupExpression.startsWith(APPLICANT_GROUP_PREFIX);
    }

    /** The non-interrupting 14-day reminder timer on an applicant task. */
    public static String reminderTimer(String applicantTask) {
        return applicantTask + "ReminderTimer";
    }

    /** The end event of an applicant task's reminder path. */
    public static String reminderEnd(String applicantTask) {
        return applicantTask + "Reminded";
    }

    /** The notification task of an applicant task's reminder path. */
    public static String reminderNotification(String applicantTask) {
        return "remind" + capitalised(applicantTask);
    }

    /** The interrupting 90-day expiry timer on an applicant task. */
    public static String expiryTimer(String applicantTask) {
        return applicantTask + "ExpiryTimer";
    }

    /** The non-interrupting five-working-day escalation timer on a reviewer task. */
    public static String escalationTimer(String reviewerTask) {
        return reviewerTask + "EscalationTimer";
    }

    /** The notification task of a reviewer task's escalation path. */
    public static String escalationNotification(String reviewerTask) {
        return "escalate" + capitalised(reviewerTask);
    }

    /** The end event of a reviewer task's escalation path. */
    public static String escalationEnd(String reviewerTask) {
        return reviewerTask + "Escalated";
    }

    private static String capitalised(String elementId) {
        return Character.toUpperCase(elementId.charAt(0)) + elementId.substring(1);
    }
}
