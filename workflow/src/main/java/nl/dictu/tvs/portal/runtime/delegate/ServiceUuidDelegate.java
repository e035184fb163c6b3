package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code issueServiceUuids}: issues the missing ServiceUUIDs; existing ones are reused, never reissued. */
@Named(ConnectionRequestModel.Delegates.SERVICE_UUIDS)
@Dependent
public class ServiceUuidDelegate implements JavaDelegate {

    private final ServiceUuidIssuer issuer;

    @Inject
    public ServiceUuidDelegate(ServiceUuidIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuer.issueMissing(ProcessVariables.applicationId(execution), execution.getCurrentActivityId());
    }
}
