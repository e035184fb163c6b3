package nl.dictu.tvs.portal.document;

import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.document.seal.DemoSealingKeySource;
import nl.dictu.tvs.portal.document.seal.SealingKeySource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One demo sealing key for the whole test run (RSA key generation takes a while) and the service
 * built on it. The key is random, but no test expectation depends on its value.
 */
public final class DocumentFixtures {

    public static final SealingKeySource KEYS =
            new DemoSealingKeySource(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    public static final DocumentService SERVICE = new DocumentService(KEYS);

    public static final IssueContext DUTCH = new IssueContext(IssueContext.DUTCH, SampleDocuments.ISSUED_AT);
    public static final IssueContext ENGLISH = new IssueContext(IssueContext.ENGLISH, SampleDocuments.ISSUED_AT);

    private DocumentFixtures() {
    }
}
