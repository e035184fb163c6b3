package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.process.ChangeRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;

/** Reads the variables every delegate needs, failing with a clear message when one is missing. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long applicationId(DelegateExecution execution) {
        return id(execution, APPLICATION_ID);
    }

    /** The change request a change-request instance is about. */
    static long changeRequestId(DelegateExecution execution) {
        return id(execution, ChangeRequestModel.Variables.CHANGE_REQUEST_ID);
    }

    private static long id(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " ("
                    + execution.getProcessBusinessKey() + ") has no " + variable + " variable");
        }
        return number.longValue();
    }

    /** The reviewers who decided a change request, the assessor first; empty when none did. */
    static List<String> changeDeciders(DelegateExecution execution) {
        return Stream.of(execution.getVariable(ChangeRequestModel.Variables.CHANGE_ASSESSED_BY),
                        execution.getVariable(ChangeRequestModel.Variables.CHANGE_APPROVED_BY))
                .filter(Objects::nonNull).map(Object::toString).distinct().toList();
    }
}
