package nl.dictu.tvs.portal.runtime.audit;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.ArrayList;
import java.util.List;

/** Registers {@link ProcessAuditParseListener} on the engine, for every model it deploys. */
public class ProcessAuditPlugin extends AbstractProcessEnginePlugin {

    private final ProcessAuditSink sink;

    public ProcessAuditPlugin(ProcessAuditSink sink) {
        this.sink = sink;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ProcessAuditParseListener(sink));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
