package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.PROCESS_KEY;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.APPLICATION_ID;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKS_PASSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.EENMALIG_INLOGGEN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ON_ALB_LIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ORGANISATION_OIN;

/** The two ways a connection-request instance starts, with the variables the model needs. */
public final class ConnectionRequestStarts {

    private ConnectionRequestStarts() {
    }

    /** A submitted application: the automated checks run first. */
    public static ProcessInstance submitted(RuntimeService runtime, String reference, long applicationId,
                                            String organisationOin, boolean eenmaligInloggen) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                APPLICATION_ID, applicationId,
                ORGANISATION_OIN, organisationOin,
                EENMALIG_INLOGGEN, eenmaligInloggen));
    }

    /**
     * An application whose checks already passed outside the process (demo data, migrated
     * applications): the instance starts waiting at {@code registerApplication}.
     */
    public static ProcessInstance awaitingRegistration(RuntimeService runtime, String reference, long applicationId,
                                                       String organisationOin, boolean eenmaligInloggen) {
        return runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(reference)
                .setVariables(Map.of(
                        APPLICATION_ID, applicationId,
                        ORGANISATION_OIN, organisationOin,
                        EENMALIG_INLOGGEN, eenmaligInloggen,
                        CHECKS_PASSED, true,
                        ON_ALB_LIST, true))
                .startBeforeActivity(REGISTER_APPLICATION)
                .execute();
    }
}
