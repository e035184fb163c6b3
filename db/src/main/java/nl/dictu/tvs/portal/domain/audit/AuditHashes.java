package nl.dictu.tvs.portal.domain.audit;

import nl.dictu.tvs.portal.domain.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The hashes that make the audit trail tamper-evident. An event's content hash covers what it
 * records; its chain hash covers the chain hash of the event before it and its own content hash.
 * Changing, inserting or removing an event breaks every chain hash after it, while the content
 * itself could be erased (when its retention ends) without breaking the chain, as only its hash
 * goes into it.
 */
public final class AuditHashes {

    /** The chain hash "before" the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    /** Each field with its length, so that no two different events can be written alike. */
    public static String contentHash(Instant occurredAt, String actor, String action, Long applicationId,
                                     String elementId, String beforeJson, String afterJson, String clientAddress) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {occurredAt.toString(), actor, action,
                applicationId == null ? null : applicationId.toString(), elementId, beforeJson, afterJson, clientAddress}) {
            canonical.append(field == null ? "-1:" : field.length() + ":" + field).append('\n');
        }
        return Sha256.hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content hash of an event a supplier's member did in a served organisation's name: the plain content hash
     * with both organisations, so events without them (all events before V32) keep their hashes.
     */
    public static String withOrganisations(String contentHash, Long supplierOrganisationId, Long servedOrganisationId) {
        String canonical = contentHash + "\nsupplier:" + supplierOrganisationId + "\nserved:" + servedOrganisationId;
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String chainHash(String previousChainHash, String contentHash) {
        return Sha256.hex((previousChainHash + contentHash).getBytes(StandardCharsets.US_ASCII));
    }
}
