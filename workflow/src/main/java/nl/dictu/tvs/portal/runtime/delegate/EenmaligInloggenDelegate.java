package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Map;

/** {@code registerEenmaligInloggen}: records the federation membership, once per application. */
@Named(ConnectionRequestModel.Delegates.EENMALIG_INLOGGEN)
@Dependent
public class EenmaligInloggenDelegate implements JavaDelegate {

    private final ConnectionRegistrar registrar;

    @Inject
    public EenmaligInloggenDelegate(ConnectionRegistrar registrar) {
        this.registrar = registrar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrar.register(ProcessVariables.applicationId(execution), RegistrationKind.EENMALIG_INLOGGEN,
                Map.of("reference", execution.getProcessBusinessKey()), execution.getCurrentActivityId());
    }
}
