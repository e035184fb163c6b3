package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.process.CertificateReminder;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CERTIFICATE_REMINDER_AT;

/**
 * {@code registerProductionConnection}: records the production connection (once per application)
 * and plans the reminder 60 days before the production signing certificate expires.
 */
@Named(ConnectionRequestModel.Delegates.PRODUCTION_CONNECTION)
@Dependent
public class ProductionConnectionDelegate extends ConnectionRegistrationDelegate {

    @Inject
    public ProductionConnectionDelegate(ConnectionRegistrar registrar, ConnectionDetails details) {
        super(registrar, details, RegistrationKind.PRODUCTION, ConnectionEnvironment.PRODUCTION);
    }

    @Override
    public void execute(DelegateExecution execution) {
        super.execute(execution);
        execution.setVariable(CERTIFICATE_REMINDER_AT, CertificateReminder.reminderAt(
                details().productionCertificateNotAfter(ProcessVariables.applicationId(execution))));
    }
}
