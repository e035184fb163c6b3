package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CERTIFICATE_REMINDER_AT;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKS_PASSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ON_ALB_LIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_CHECKS_PASSED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.RELATED_TASK;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEMPLATE_KEY;

/**
 * Stand-ins for the delegate beans, registered as engine mocks under the bean names the model
 * uses. Each test scripts their outcomes and reads what they were asked to do.
 */
final class ScriptedDelegates {

    int checksFailures;
    boolean onAlbList = true;
    int productionChecksFailures;
    int serviceUuidFailures;
    /** What the issuing records as the ServiceUUID delivery ({@code ServiceUuidDelivery} name); null: nothing. */
    String serviceUuidDelivery;
    Instant certificateNotAfter = Instant.parse("2027-04-23T08:00:00Z");

    int checksRuns;
    int productionChecksRuns;
    int serviceUuidIssues;
    int eenmaligInloggenRegistrations;
    int preproductionRegistrations;
    int productionRegistrations;
    /** Queued notifications as {@code templateKey} or {@code templateKey:relatedTask}. */
    final List<String> notifications = new ArrayList<>();

    void register() {
        Mocks.register(ConnectionRequestModel.Delegates.AUTOMATED_CHECKS, (JavaDelegate) execution -> {
            checksRuns++;
            execution.setVariable(CHECKS_PASSED, checksFailures-- <= 0);
            execution.setVariable(ON_ALB_LIST, onAlbList);
        });
        Mocks.register(ConnectionRequestModel.Delegates.PRODUCTION_CHECKS, (JavaDelegate) execution -> {
            productionChecksRuns++;
            execution.setVariable(PRODUCTION_CHECKS_PASSED, productionChecksFailures-- <= 0);
        });
        Mocks.register(ConnectionRequestModel.Delegates.SERVICE_UUIDS, (JavaDelegate) execution -> {
            if (serviceUuidFailures-- > 0) {
                throw new IllegalStateException("UUID register unavailable");
            }
            serviceUuidIssues++;
            if (serviceUuidDelivery != null) {
                execution.setVariable(ConnectionRequestModel.Variables.SERVICE_UUID_DELIVERY, serviceUuidDelivery);
            }
        });
        Mocks.register(ConnectionRequestModel.Delegates.EENMALIG_INLOGGEN,
                (JavaDelegate) execution -> eenmaligInloggenRegistrations++);
        Mocks.register(ConnectionRequestModel.Delegates.PREPRODUCTION_CONNECTION,
                (JavaDelegate) execution -> preproductionRegistrations++);
        Mocks.register(ConnectionRequestModel.Delegates.PRODUCTION_CONNECTION, (JavaDelegate) execution -> {
            productionRegistrations++;
            execution.setVariable(CERTIFICATE_REMINDER_AT, CertificateReminder.reminderAt(certificateNotAfter));
        });
        Mocks.register(ConnectionRequestModel.Delegates.NOTIFICATION, (JavaDelegate) execution -> {
            Object related = execution.getVariableLocal(RELATED_TASK);
            notifications.add(execution.getVariableLocal(TEMPLATE_KEY) + (related == null ? "" : ":" + related));
        });
        Mocks.register(ConnectionRequestModel.Delegates.WORKING_DAYS, new WorkingDays());
    }
}
