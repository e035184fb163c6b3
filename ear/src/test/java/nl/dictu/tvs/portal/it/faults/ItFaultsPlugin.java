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
 * fails every time it starts, so a test can show an incident and its retry. It reaches the server
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
            }
        });
    }

    private static void failWhenListed(DelegateExecution execution) {
        String activityId = execution.getCurrentActivityId();
        if (armed().contains(activityId)) {
            throw new IllegalStateException("Test fault: " + activityId + " was set to fail");
        }
    }

    private static java.util.List<String> armed() {
        Path file = Path.of(System.getProperty("jboss.server.data.dir"), ItFaults.FILE_NAME);
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : java.util.List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
