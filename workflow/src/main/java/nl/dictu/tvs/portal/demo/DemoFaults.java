package nl.dictu.tvs.portal.demo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo mode only: makes chosen service tasks fail on purpose, so a demonstration or a test can
 * show an incident and its retry. The engine gets this parse listener only when demo mode is on
 * ({@code ProcessEngineBootstrap}); without it, arming a fault has no effect anywhere.
 */
public class DemoFaults extends AbstractBpmnParseListener {

    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    /** From now on, {@code activityId} fails every time it runs, until {@link #disarm}. */
    public static void arm(String activityId) {
        FAILING.add(activityId);
    }

    public static void disarm(String activityId) {
        FAILING.remove(activityId);
    }

    static boolean isArmed(String activityId) {
        return FAILING.contains(activityId);
    }

    @Override
    public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, new FailWhenArmed());
    }

    /** The exception's message is what the incident list shows. */
    static final class FailWhenArmed implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            String activityId = execution.getCurrentActivityId();
            if (isArmed(activityId)) {
                throw new IllegalStateException("Demo fault: " + activityId + " was set to fail (demo mode)");
            }
        }
    }
}
