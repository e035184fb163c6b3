package nl.dictu.tvs.portal.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Test-only engine plugin: a service task whose id is listed in {@code <server data dir>/it-faults}
 * fails every time it starts, so a test can show an incident and its retry; one listed in
 * {@code it-holds} waits at its start (in its job's transaction, leaving {@code it-held-<id>} as a
 * sign) until it is no longer listed, so a test can kill the node there; one listed as
 * {@code <id>@end} waits likewise after the task's work, before its job's transaction commits. With the system property
 * {@code tvs.it.job.lock.millis} the job executor's locks expire that soon, so the job of a killed
 * node runs again within the test's time. It reaches the server
 * only as {@code lib/it-faults.jar} in the integration tests' own copy of the EAR ({@code ItFaults});
 * the product has no such hook.
 */
public class ItFaultsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) ItFaultsPlugin::failWhenListed);
                activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) ItFaultsPlugin::holdAtEndWhenListed);
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        String lockMillis = System.getProperty("tvs.it.job.lock.millis");
        if (lockMillis != null && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockTimeInMillis(Integer.parseInt(lockMillis));
        }
    }

    private static void failWhenListed(DelegateExecution execution) {
        String activityId = execution.getCurrentActivityId();
        if (armed(ItFaults.FILE_NAME).contains(activityId)) {
            throw new IllegalStateException("Test fault: " + activityId + " was set to fail");
        }
        if (armed(ItFaults.HOLDS_FILE_NAME).contains(activityId)) {
            holdWhileListed(activityId);
        }
    }

    /** After the task's work (its documents issued, its mail queued), before its job's transaction commits. */
    private static void holdAtEndWhenListed(DelegateExecution execution) {
        String held = ItFaults.atEnd(execution.getCurrentActivityId());
        if (armed(ItFaults.HOLDS_FILE_NAME).contains(held)) {
            holdWhileListed(held);
        }
    }

    private static void holdWhileListed(String activityId) {
        Path sign = Path.of(System.getProperty("jboss.server.data.dir"), ItFaults.HELD_PREFIX + activityId);
        try {
            Files.writeString(sign, activityId, StandardCharsets.UTF_8);
            long deadline = System.currentTimeMillis() + 300_000;
            while (armed(ItFaults.HOLDS_FILE_NAME).contains(activityId) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held at " + activityId, e);
        }
    }

    private static java.util.List<String> armed(String fileName) {
        Path file = Path.of(System.getProperty("jboss.server.data.dir"), fileName);
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : java.util.List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
