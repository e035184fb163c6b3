package nl.dictu.tvs.portal.runtime.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.util.Map;

/** The portal's sink: the append-only audit trail, as actor {@link Auditor#SYSTEM}, in the engine's transaction. */
@Dependent
public class AuditTrailSink implements ProcessAuditSink {

    private final Auditor auditor;

    @Inject
    public AuditTrailSink(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void record(String action, Long applicationId, String elementId, Map<String, String> before,
                       Map<String, String> after) {
        auditor.record(Auditor.SYSTEM, action, applicationId, elementId, before, after);
    }
}
