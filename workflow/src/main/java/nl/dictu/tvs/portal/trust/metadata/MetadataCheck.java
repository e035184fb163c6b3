package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;

import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheckResult;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * Checks uploaded SAML metadata end to end: hardened parse, signature shape, Santuario verification,
 * SAML metadata schema, then the DV rules (for cluster metadata, an EntitiesDescriptor signed by the supplier: the
 * cluster rules, per entity) and, given a certificate check, the rules on every listed certificate on the verified
 * element. The parser factory, the schema and
 * Santuario are initialised once per JVM, so one instance may be shared and reused.
 */
public final class MetadataCheck {

    private static final CertificateCheckResult NOTHING_UPLOADED = new CertificateCheckResult(List.of(), Optional.empty());

    private final SecureXmlParser parser = new SecureXmlParser();

    /**
     * The check without the certificate rules: the listed certificates are not judged (no trust anchors known), so
     * a clean result says nothing about them. Use {@link #check(byte[], MetadataCheckRequest, CertificateCheck, Instant)}
     * wherever anchors are configured.
     */
    public MetadataCheckResult check(byte[] content, MetadataCheckRequest request) {
        return check(content, request, Optional.empty(), List.of(), NOTHING_UPLOADED, Instant.EPOCH);
    }

    /**
     * The full check: also every certificate listed in a KeyDescriptor against the anchors of {@code certificates},
     * judged at {@code at} (see {@link MetadataCertificateRules}).
     */
    public MetadataCheckResult check(byte[] content, MetadataCheckRequest request, CertificateCheck certificates, Instant at) {
        return check(content, request, certificates, List.of(), at);
    }

    /**
     * As {@link #check(byte[], MetadataCheckRequest, CertificateCheck, Instant)}, with more certificates that may
     * help build the listed certificates' paths (the intermediates an applicant uploaded with the certificate).
     */
    public MetadataCheckResult check(byte[] content, MetadataCheckRequest request, CertificateCheck certificates,
            List<X509Certificate> pathHelpers, Instant at) {
        return check(content, request, Optional.of(certificates), pathHelpers, NOTHING_UPLOADED, at);
    }

    /**
     * As {@link #check(byte[], MetadataCheckRequest, CertificateCheck, List, Instant)}, after the uploaded certificate
     * was checked with the result {@code uploaded}: when the metadata lists that certificate (normally as its signing
     * certificate), a defect already reported on the upload is not reported again as a metadata finding.
     */
    public MetadataCheckResult check(byte[] content, MetadataCheckRequest request, CertificateCheck certificates,
            List<X509Certificate> pathHelpers, CertificateCheckResult uploaded, Instant at) {
        return check(content, request, Optional.of(certificates), pathHelpers, uploaded, at);
    }

    private MetadataCheckResult check(byte[] content, MetadataCheckRequest request, Optional<CertificateCheck> certificates,
            List<X509Certificate> pathHelpers, CertificateCheckResult uploaded, Instant at) {
        MetadataVerification verification = verify(content, request.pkioverheidCertificate());
        if (verification.metadata().isEmpty()) {
            return new MetadataCheckResult(verification.findings(), Optional.empty());
        }
        VerifiedMetadata metadata = verification.metadata().get();
        List<Finding> findings = new ArrayList<>(verification.findings());
        if (metadata.isCluster()) {
            MetadataCertificateRules.ParsedCertificates parsed = new MetadataCertificateRules.ParsedCertificates(metadata);
            findings.addAll(ClusterMetadataRules.check(metadata, request, (entity, oin, dv) -> certificates
                    .map(check -> MetadataCertificateRules.check(entity, parsed, check, pathHelpers, oin, dv, uploaded, at))
                    .orElse(List.of())));
            findings.add(ClusterMetadataRules.summary(metadata));
            Optional<MetadataSummary> supplier = metadata.entities().stream()
                    .filter(entity -> entity.parsedEntityId().map(EntityId::role).filter(ClusterMembers.LC::equals).isPresent())
                    .findFirst().map(MetadataSummary::of);
            return new MetadataCheckResult(findings, supplier);
        }
        findings.addAll(DvMetadataRules.check(metadata, request));
        certificates.ifPresent(check -> findings.addAll(MetadataCertificateRules.check(metadata, check, pathHelpers,
                request.applicantOin(), Optional.empty(), uploaded, at)));
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
