package nl.dictu.tvs.portal.runtime.audit;

import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_EXPIRED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_REJECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_WITHDRAWN_END;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CONNECTION_TERMINATED_END;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Delegates.NOTIFICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Status;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_STATUS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.RELATED_TASK;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEMPLATE_KEY;

/**
 * Adds the audit listeners while a model is parsed: a boundary timer records when it fires (its
 * start), an intermediate timer when it fires (its end, since it starts when the token arrives),
 * a notification task what it queued, and the elements that change {@code applicationStatus} the
 * status before and after. The listeners run in the engine's transaction, so a rolled-back job
 * leaves no audit event behind.
 */
class ProcessAuditParseListener extends AbstractBpmnParseListener {

    static final String TIMER_FIRED = "timerFired";
    static final String NOTIFICATION_QUEUED = "notificationQueued";
    static final String STATUS_CHANGED = "statusChanged";

    /** The status each status-changing element sets (the model's own listeners set the variable). */
    static final Map<String, String> STATUS_SET_BY = Map.of(
            APPLICATION_REJECTED, Status.REJECTED,
            APPLICATION_EXPIRED, Status.EXPIRED,
            APPLICATION_WITHDRAWN_END, Status.WITHDRAWN,
            CONNECTION_TERMINATED_END, Status.TERMINATED,
            AWAIT_CONNECTION_TERMINATION, Status.LIVE);

    private static final String TIMER_DEFINITION = "timerEventDefinition";
    private static final String NOTIFICATION_EXPRESSION = "${" + NOTIFICATION + "}";

    private final ProcessAuditSink sink;

    ProcessAuditParseListener(ProcessAuditSink sink) {
        this.sink = sink;
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (element.element(TIMER_DEFINITION) != null) {
            String attachedTo = element.attribute("attachedToRef");
            boolean interrupting = !"false".equals(element.attribute("cancelActivity"));
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                    record(execution, TIMER_FIRED, Map.of(), Map.of("attachedTo", attachedTo,
                            "interrupting", String.valueOf(interrupting))));
        }
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (element.element(TIMER_DEFINITION) != null) {
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution ->
                    record(execution, TIMER_FIRED, Map.of(), Map.of("interrupting", "false")));
        }
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
        if (NOTIFICATION_EXPRESSION.equals(delegate)) {
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                Map<String, String> after = new LinkedHashMap<>();
                after.put("templateKey", String.valueOf(execution.getVariableLocal(TEMPLATE_KEY)));
                Object related = execution.getVariableLocal(RELATED_TASK);
                if (related != null) {
                    after.put("relatedTask", related.toString());
                }
                record(execution, NOTIFICATION_QUEUED, Map.of(), after);
            });
        }
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        auditStatusChange(activity);
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        auditStatusChange(activity);
    }

    /** First among the start listeners, so that "before" is read before the model's listener sets the new status. */
    private void auditStatusChange(ActivityImpl activity) {
        String status = STATUS_SET_BY.get(activity.getId());
        if (status != null) {
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                Object before = execution.getVariable(APPLICATION_STATUS);
                record(execution, STATUS_CHANGED, Map.of("status", before == null ? ApplicationStatusView.IN_PROGRESS : before.toString()),
                        Map.of("status", status));
            }, 0);
        }
    }

    private void record(DelegateExecution execution, String action, Map<String, String> before, Map<String, String> after) {
        Object applicationId = execution.getVariable(APPLICATION_ID);
        sink.record(action, applicationId instanceof Number number ? number.longValue() : null,
                execution.getCurrentActivityId(), before, after);
    }
}
