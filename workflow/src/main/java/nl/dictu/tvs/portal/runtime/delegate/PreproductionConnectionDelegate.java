package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.RegistrationKind;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;

/** {@code registerPreproductionConnection}: records the preproduction connection, once per application. */
@Named(ConnectionRequestModel.Delegates.PREPRODUCTION_CONNECTION)
@Dependent
public class PreproductionConnectionDelegate extends ConnectionRegistrationDelegate {

    @Inject
    public PreproductionConnectionDelegate(ConnectionRegistrar registrar, ConnectionDetails details) {
        super(registrar, details, RegistrationKind.PREPRODUCTION, ConnectionEnvironment.PREPRODUCTION);
    }
}
