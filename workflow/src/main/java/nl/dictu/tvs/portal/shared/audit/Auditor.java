package nl.dictu.tvs.portal.shared.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.audit.AuditEvent;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.shared.json.Json;
import nl.dictu.tvs.portal.shared.limit.ClientOrigin;

import java.time.Clock;
import java.util.Map;

/**
 * Writes one audit event in the caller's transaction, with before and after as flat JSON objects,
 * and, when it happens in a request, the client address the request came from.
 */
@Dependent
public class Auditor {

    /** The actor of what the process does by itself (delegates, timers). */
    public static final String SYSTEM = "system";

    private final AuditTrail trail;
    private final Clock clock;

    @Inject
    public Auditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * @param elementId the BPMN element the action belongs to, or null
     * @param before    the state before (empty when there was none)
     */
    public void record(String actor, String action, Long applicationId, String elementId,
                       Map<String, String> before, Map<String, String> after) {
        trail.append(new AuditEvent(clock.instant(), actor, action, applicationId, elementId,
                before.isEmpty() ? null : json(before), json(after), clientAddress()));
    }

    /**
     * Records what a supplier's member did in a served organisation's name: the one audit trail, with both
     * organisations on the event.
     */
    public void recordActingFor(String actor, String action, Long applicationId, long supplierOrganisationId,
                                long servedOrganisationId, Map<String, String> before, Map<String, String> after) {
        trail.append(new AuditEvent(clock.instant(), actor, action, applicationId, null,
                before.isEmpty() ? null : json(before), json(after), clientAddress())
                .actingFor(supplierOrganisationId, servedOrganisationId));
    }

    /** The address of the request being served; null in the process engine's jobs and outside the container. */
    private static String clientAddress() {
        try {
            return CDI.current().select(ClientOrigin.class).get().address();
        } catch (IllegalStateException | ContextNotActiveException notInARequest) {
            return null;
        }
    }

    static String json(Map<String, String> values) {
        return Json.write(values);
    }
}
