package nl.dictu.tvs.portal.runtime.audit;

import java.util.Map;

/** Where the process's own audit events go: the portal's audit trail, or a recorder in tests. */
@FunctionalInterface
public interface ProcessAuditSink {

    /**
     * @param applicationId the application of the process instance, or null when it has none
     * @param before        the relevant state before, empty when there was none
     */
    void record(String action, Long applicationId, String elementId, Map<String, String> before, Map<String, String> after);
}
