package nl.dictu.tvs.portal.process.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.process.CertificateReminder;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CERTIFICATE_REMINDER_AT;

/**
 * {@code registerProductionConnection}: records the production connection (once per application)
 * and plans the reminder 60 days before the production signing certificate expires.
 */
@Named(ConnectionRequestModel.Delegates.PRODUCTION_CONNECTION)
@Dependent
public class ProductionConnectionDelegate implements JavaDelegate {

    private final ConnectionRegistrar registrar;
    private final ConnectionDetails details;

    @Inject
    public ProductionConnectionDelegate(ConnectionRegistrar registrar, ConnectionDetails details) {
        this.registrar = registrar;
        this.details = details;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ProcessVariables.applicationId(execution);
        registrar.register(applicationId, RegistrationKind.PRODUCTION,
                details.of(execution, ConnectionEnvironment.PRODUCTION),
                execution.getCurrentActivityId());
        execution.setVariable(CERTIFICATE_REMINDER_AT,
                CertificateReminder.reminderAt(details.productionCertificateNotAfter(applicationId)));
    }
}
