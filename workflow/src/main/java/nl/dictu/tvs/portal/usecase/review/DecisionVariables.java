package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.domain.application.MessageLabel;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_REFERENCE;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKLIST_APPROVED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.DIGID_CONNECTION_REFERENCE;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_REFUSAL_REASON;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_APPROVAL_REFUSAL_REASON;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_ASSESSMENT_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REGISTRATION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REJECTION_REASON;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUIDS_PER_ENVIRONMENT;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEST_ACCOUNTS_DELIVERY;

/**
 * The process variables a task's completion sets, from the decision. A gateway after a decision
 * task fails without its variable, so a missing part is refused here, with a message key.
 */
final class DecisionVariables {

    private DecisionVariables() {
    }

    static Map<String, Object> of(String taskKey, TaskDecision decision) {
        Map<String, Object> variables = new LinkedHashMap<>();
        switch (taskKey) {
            case REGISTER_APPLICATION -> {
                acceptOrReject(taskKey, decision, REGISTRATION_ACCEPTED, REJECTION_REASON, variables);
                // the ServiceUUIDs are issued right after the registration: the registering reviewer issues them
                variables.put(SERVICE_UUIDS_PER_ENVIRONMENT, decision.accepted() && decision.serviceUuidsPerEnvironment());
            }
            case VERIFY_ALB_DECISION -> {
                acceptOrReject(taskKey, decision, ALB_DECISION_ACCEPTED, REJECTION_REASON, variables);
                // optional: RvIG's reference, shown with the resolved ALB finding
                if (decision.accepted() && decision.reference() != null && !decision.reference().isBlank()) {
                    variables.put(ALB_DECISION_REFERENCE, text(decision.reference(), "decision.referenceRequired"));
                }
            }
            case ASSESS_CHECKLIST -> variables.put(CHECKLIST_APPROVED, required(decision.accepted(), taskKey));
            case ARRANGE_DIGID_CONNECTION -> variables.put(DIGID_CONNECTION_REFERENCE, text(decision.reference(),
                    "decision.referenceRequired"));
            case DELIVER_TEST_ACCOUNTS -> variables.put(TEST_ACCOUNTS_DELIVERY, text(decision.reference(),
                    "decision.testAccountsRequired"));
            // the reason goes to the applicant with the correction task
            case ASSESS_PRODUCTION -> acceptOrReject(taskKey, decision, PRODUCTION_ASSESSMENT_ACCEPTED, REJECTION_REASON, variables);
            // the reason goes back to the assessor, inside DICTU
            case APPROVE_PREPRODUCTION -> acceptOrReject(taskKey, decision, PREPRODUCTION_APPROVAL_ACCEPTED,
                    PREPRODUCTION_APPROVAL_REFUSAL_REASON, variables);
            case APPROVE_PRODUCTION -> acceptOrReject(taskKey, decision, PRODUCTION_APPROVAL_ACCEPTED,
                    PRODUCTION_APPROVAL_REFUSAL_REASON, variables);
            default -> {
                // the other tasks are confirmations: completing them is the whole decision
            }
        }
        return variables;
    }

    private static void acceptOrReject(String taskKey, TaskDecision decision, String variable, String reasonVariable,
                                       Map<String, Object> variables) {
        boolean accepted = required(decision.accepted(), taskKey);
        variables.put(variable, accepted);
        if (!accepted) {
            variables.put(reasonVariable, text(decision.reason(), "decision.reasonRequired"));
        }
    }

    /** The decision's accept or reject; without it, a refusal that names the task as the reviewer knows it. */
    private static boolean required(Boolean accepted, String taskKey) {
        if (accepted == null) {
            throw new ActionRefusedException("decision.acceptOrRejectRequired", MessageLabel.of("step." + taskKey));
        }
        return accepted;
    }

    private static String text(String value, String messageKey) {
        if (value == null || value.isBlank() || value.length() > TaskDecision.TEXT_MAX) {
            throw new ActionRefusedException(messageKey, String.valueOf(TaskDecision.TEXT_MAX));
        }
        return value.strip();
    }
}
