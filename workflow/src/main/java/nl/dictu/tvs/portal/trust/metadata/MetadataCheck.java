package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * Checks uploaded SAML metadata end to end: hardened parse, signature shape, Santuario verification,
 * SAML metadata schema, then the DV rules on the verified element (for cluster metadata, an EntitiesDescriptor
 * signed by the supplier: the cluster rules, per entity). The parser factory, the schema and
 * Santuario are initialised once per JVM, so one instance may be shared and reused.
 */
public final class MetadataCheck {

    private final SecureXmlParser parser = new SecureXmlParser();

    public MetadataCheckResult check(byte[] content, MetadataCheckRequest request) {
        MetadataVerification verification = verify(content, request.pkioverheidCertificate());
        if (verification.metadata().isEmpty()) {
            return new MetadataCheckResult(verification.findings(), Optional.empty());
        }
        VerifiedMetadata metadata = verification.metadata().get();
        List<Finding> findings = new ArrayList<>(verification.findings());
        if (metadata.isCluster()) {
            findings.addAll(ClusterMetadataRules.check(metadata, request));
            findings.add(ClusterMetadataRules.summary(metadata));
            Optional<MetadataSummary> supplier = metadata.entities().stream()
                    .filter(entity -> entity.parsedEntityId().map(EntityId::role).filter(ClusterMembers.LC::equals).isPresent())
                    .findFirst().map(MetadataSummary::of);
            return new MetadataCheckResult(findings, supplier);
        }
        findings.addAll(DvMetadataRules.check(metadata, request));
        MetadataSummary summary = MetadataSummary.of(metadata);
        findings.add(summary.asFinding());
        return new MetadataCheckResult(findings, Optional.of(summary));
    }

    /**
     * Parses, verifies the signature and validates against the schema, whatever the role (DV, RD, IdP).
     * The metadata is present only when the signature holds; schema errors are findings beside it.
     */
    public MetadataVerification verify(byte[] content, Optional<X509Certificate> expectedSigner) {
        SecureXmlParser.ParsedXml parsed = parser.parse(content);
        if (parsed.problem().isPresent()) {
            return MetadataVerification.failed(parsed.problem().get());
        }
        Document document = parsed.document().orElseThrow();
        Optional<Finding> shape = SignatureStructure.check(document);
        if (shape.isPresent()) {
            return MetadataVerification.failed(shape.get());
        }
        SignatureVerifier.VerificationResult verified = SignatureVerifier.verify(document, expectedSigner);
        if (verified.problem().isPresent()) {
            return MetadataVerification.failed(verified.problem().get());
        }
        List<Finding> findings = new ArrayList<>();
        List<String> schemaErrors = parsed.schemaErrors();
        if (!schemaErrors.isEmpty()) {
            Map<String, String> evidence = new LinkedHashMap<>();
            for (int i = 0; i < schemaErrors.size(); i++) {
                evidence.put("error." + (i + 1), schemaErrors.get(i));
            }
            findings.add(Finding.of(FindingCode.METADATA_SCHEMA_INVALID, schemaErrors.get(0)).withEvidence(evidence));
        }
        return new MetadataVerification(findings, verified.metadata());
    }

    /** Findings of parsing, signature and schema, and the verified metadata when the signature holds. */
    public record MetadataVerification(List<Finding> findings, Optional<VerifiedMetadata> metadata) {

        public MetadataVerification {
            findings = List.copyOf(findings);
        }

        static MetadataVerification failed(Finding problem) {
            return new MetadataVerification(List.of(problem), Optional.empty());
        }
    }
}
