package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUIDS_PER_ENVIRONMENT;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUID_DELIVERY;

/**
 * {@code issueServiceUuids}: issues the missing ServiceUUIDs (one per environment when the registration asked for
 * it); existing ones are reused, never reissued. Records how the DV sends its ServiceUUID for the gateway that asks
 * for updated preproduction metadata.
 */
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
        long applicationId = ProcessVariables.applicationId(execution);
        issuer.issueMissing(applicationId, execution.getCurrentActivityId(),
                Boolean.TRUE.equals(execution.getVariable(SERVICE_UUIDS_PER_ENVIRONMENT)));
        execution.setVariable(SERVICE_UUID_DELIVERY, issuer.delivery(applicationId).name());
    }
}
