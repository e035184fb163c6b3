package nl.dictu.tvs.portal.runtime.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;

/** Reads the variables every delegate needs, failing with a clear message when one is missing. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long applicationId(DelegateExecution execution) {
        Object value = execution.getVariable(APPLICATION_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " ("
                    + execution.getProcessBusinessKey() + ") has no " + APPLICATION_ID + " variable");
        }
        return number.longValue();
    }
}
