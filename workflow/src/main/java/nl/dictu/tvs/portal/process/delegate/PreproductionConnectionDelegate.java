package nl.dictu.tvs.portal.process.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;


/**
 * {@code registerPreproductionConnection}: records the preproduction connection with the metadata
 * fingerprint, the ServiceUUIDs and the DigiD reference; once per application.
 */
@Named(ConnectionRequestModel.Delegates.PREPRODUCTION_CONNECTION)
@Dependent
public class PreproductionConnectionDelegate implements JavaDelegate {

    private final ConnectionRegistrar registrar;
    private final ConnectionDetails details;

    @Inject
    public PreproductionConnectionDelegate(ConnectionRegistrar registrar, ConnectionDetails details) {
        this.registrar = registrar;
        this.details = details;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ProcessVariables.applicationId(execution);
        registrar.register(applicationId, RegistrationKind.PREPRODUCTION,
                details.of(execution, ConnectionEnvironment.PREPRODUCTION),
                execution.getCurrentActivityId());
    }
}
