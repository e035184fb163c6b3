package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records a connection of one environment with the metadata fingerprint, the ServiceUUIDs and the
 * DigiD reference; once per application (a rerun updates the same registration).
 */
abstract class ConnectionRegistrationDelegate implements JavaDelegate {

    private final ConnectionRegistrar registrar;
    private final ConnectionDetails details;
    private final RegistrationKind kind;
    private final ConnectionEnvironment environment;

    ConnectionRegistrationDelegate(ConnectionRegistrar registrar, ConnectionDetails details, RegistrationKind kind,
                                   ConnectionEnvironment environment) {
        this.registrar = registrar;
        this.details = details;
        this.kind = kind;
        this.environment = environment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrar.register(ProcessVariables.applicationId(execution), kind, details.of(execution, environment),
                execution.getCurrentActivityId());
    }

    ConnectionDetails details() {
        return details;
    }
}
