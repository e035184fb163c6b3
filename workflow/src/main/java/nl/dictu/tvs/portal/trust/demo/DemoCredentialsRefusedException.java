package nl.dictu.tvs.portal.trust.demo;

import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

/** Demo credentials were not made: not in demo mode, or the request cannot give valid ones (bundle key says why). */
public class DemoCredentialsRefusedException extends ApplicationServiceException {

    public DemoCredentialsRefusedException(String messageKey, String... arguments) {
        super(messageKey, arguments);
    }
}
