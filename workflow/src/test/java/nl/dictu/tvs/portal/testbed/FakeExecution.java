package nl.dictu.tvs.portal.testbed;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link DelegateExecution} for calling a delegate directly, twice if need be: answers the ids,
 * the business key and variables (local ones first) from maps, and records what is set.
 */
public final class FakeExecution {

    public final Map<String, Object> variables = new HashMap<>();
    public final Map<String, Object> localVariables = new HashMap<>();
    private final String processInstanceId;
    private final String activityInstanceId;
    private final String activityId;
    private final String businessKey;

    public FakeExecution(String processInstanceId, String activityInstanceId, String activityId, String businessKey) {
        this.processInstanceId = processInstanceId;
        this.activityInstanceId = activityInstanceId;
        this.activityId = activityId;
        this.businessKey = businessKey;
    }

    public DelegateExecution asExecution() {
        return (DelegateExecution) Proxy.newProxyInstance(DelegateExecution.class.getClassLoader(),
                new Class<?>[]{DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessInstanceId" -> processInstanceId;
                    case "getActivityInstanceId" -> activityInstanceId;
                    case "getCurrentActivityId" -> activityId;
                    case "getProcessBusinessKey", "getBusinessKey" -> businessKey;
                    case "getVariableLocal" -> localVariables.get((String) args[0]);
                    case "getVariable" -> localVariables.containsKey((String) args[0])
                            ? localVariables.get((String) args[0]) : variables.get((String) args[0]);
                    case "setVariable" -> variables.put((String) args[0], args[1]);
                    case "toString" -> "FakeExecution(" + processInstanceId + "/" + activityInstanceId + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
