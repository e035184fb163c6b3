package nl.dictu.tvs.portal.trust.metadata;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheckResult;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.CertificateUse;
import nl.dictu.tvs.portal.trust.certificate.ChainOrder;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;

/**
 * Every certificate the metadata lists in a {@code KeyDescriptor} (signing, TLS-as-signing and encryption alike,
 * Koppelvlakspecificatie eID SAML 4.4 §8.3, M3/M4 of tvs-rules) gets the checks of an uploaded certificate: a PKIX
 * path to the configured anchors (helped by the configured intermediates and the metadata's other certificates),
 * validity, RSA only, SHA-256 or better, end entity, the applicant's OIN, and the key usage its {@code use} needs.
 * A certificate listed more than once is checked once, for every use it is listed for. Per purpose at most a
 * current and a next certificate (rollover): at most {@value #MAX_SIGNING} distinct certificates for signing
 * (metadata signing and TLS, both {@code use="signing"}, cannot be told apart) and {@value #MAX_ENCRYPTION} for
 * encryption; a certificate without {@code use} counts for both. Each finding names the certificate as a person
 * knows it: purpose, CN, the start of its SHA-256 fingerprint and its expiry date.
 */
final class MetadataCertificateRules {

    static final int MAX_SIGNING = 4;
    static final int MAX_ENCRYPTION = 2;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String SPEC = "Koppelvlakspecificatie eID SAML 4.4 ";
    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("The JDK always provides X.509", e);
        }
    });
    private static final CertificateCheckResult NOTHING_UPLOADED = new CertificateCheckResult(List.of(), Optional.empty());
    private static final Map<FindingCode, FindingCode> LISTED = new EnumMap<>(FindingCode.class);
    private static final Map<FindingCode, String> SOURCES = new EnumMap<>(FindingCode.class);

    static {
        listed(FindingCode.CERTIFICATE_SELF_SIGNED, FindingCode.METADATA_CERTIFICATE_SELF_SIGNED, SPEC + "§8.3, §9.4 (PKIoverheid)");
        listed(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED, FindingCode.METADATA_CERTIFICATE_CHAIN_UNTRUSTED, SPEC + "§8.3, §9.4 (PKIoverheid)");
        listed(FindingCode.CERTIFICATE_REVOKED, FindingCode.METADATA_CERTIFICATE_REVOKED, SPEC + "§8.3, §9.4 (PKIoverheid)");
        listed(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN, FindingCode.METADATA_CERTIFICATE_REVOCATION_UNKNOWN, SPEC + "§8.3, §9.4 (PKIoverheid)");
        listed(FindingCode.CERTIFICATE_EXPIRED, FindingCode.METADATA_CERTIFICATE_EXPIRED, SPEC + "§8.3; PKIoverheid CPS");
        listed(FindingCode.CERTIFICATE_NOT_YET_VALID, FindingCode.METADATA_CERTIFICATE_NOT_YET_VALID, SPEC + "§8.3; PKIoverheid CPS");
        listed(FindingCode.CERTIFICATE_EXPIRES_SOON, FindingCode.METADATA_CERTIFICATE_EXPIRES_SOON, SPEC + "§8.3 (rollover)");
        listed(FindingCode.CERTIFICATE_KEY_NOT_RSA, FindingCode.METADATA_CERTIFICATE_KEY_NOT_RSA, SPEC + "§9.1");
        listed(FindingCode.CERTIFICATE_KEY_TOO_WEAK, FindingCode.METADATA_CERTIFICATE_KEY_TOO_WEAK, SPEC + "§9.1");
        listed(FindingCode.CERTIFICATE_SIGNATURE_ALGORITHM_WEAK, FindingCode.METADATA_CERTIFICATE_SIGNATURE_ALGORITHM_WEAK, SPEC + "§9.1, §9.3");
        listed(FindingCode.CERTIFICATE_KEY_USAGE_MISSING, FindingCode.METADATA_CERTIFICATE_KEY_USAGE_MISSING,
                "PKIoverheid CPS (key usage per purpose); " + SPEC + "§8.3 (KeyDescriptor use)");
        listed(FindingCode.CERTIFICATE_KEY_ENCIPHERMENT_MISSING, FindingCode.METADATA_CERTIFICATE_KEY_ENCIPHERMENT_MISSING,
                "PKIoverheid CPS (key usage per purpose); " + SPEC + "§8.3 (KeyDescriptor use), §7.6.3.4.4");
        listed(FindingCode.CERTIFICATE_IS_CA, FindingCode.METADATA_CERTIFICATE_IS_CA, SPEC + "§8.3");
        listed(FindingCode.CERTIFICATE_OIN_MISSING, FindingCode.METADATA_CERTIFICATE_OIN_MISSING, SPEC + "§8.4.2, §8.4.3, §9.1");
        listed(FindingCode.CERTIFICATE_OIN_MISMATCH, FindingCode.METADATA_CERTIFICATE_OIN_MISMATCH, SPEC + "§8.4.2, §8.4.3, §9.1");
        SOURCES.put(FindingCode.METADATA_CERTIFICATE_UNREADABLE, SPEC + "§8.3");
        SOURCES.put(FindingCode.METADATA_CERTIFICATE_TOO_MANY, SPEC + "§8.3");
    }

    private MetadataCertificateRules() {
    }

    private static void listed(FindingCode uploaded, FindingCode listed, String source) {
        LISTED.put(uploaded, listed);
        SOURCES.put(listed, source);
    }

    /**
     * The findings on every KeyDescriptor certificate of the verified metadata, judged at {@code at}; the paths may
     * use the metadata's own certificates, the given helpers (e.g. an uploaded chain) and the configured intermediates.
     */
    static List<Finding> check(VerifiedMetadata metadata, CertificateCheck check, List<X509Certificate> pathHelpers,
            String applicantOin, Instant at) {
        return check(metadata, check, pathHelpers, applicantOin, Optional.empty(), NOTHING_UPLOADED, at);
    }

    /**
     * As above, for one entity: its certificates must carry {@code expectedOin} (a DV in cluster metadata: the OIN of
     * its entityID, reported as {@link FindingCode#METADATA_CLUSTER_DV_CERTIFICATE_OIN_MISMATCH} naming
     * {@code clusterDv}). A defect the check of the {@code uploaded} certificate reported already is not reported
     * again for the same certificate listed here (the upload is normally the metadata's signing certificate).
     */
    static List<Finding> check(VerifiedMetadata metadata, CertificateCheck check, List<X509Certificate> pathHelpers,
            String expectedOin, Optional<String> clusterDv, CertificateCheckResult uploaded, Instant at) {
        return check(metadata, new ParsedCertificates(metadata), check, pathHelpers, expectedOin, clusterDv, uploaded, at);
    }

    /**
     * As above, with the certificates of the document parsed so far ({@code parsed}, one per check of a document, so
     * that the entities of cluster metadata share it): a certificate is parsed once per check, whichever entity lists it.
     */
    static List<Finding> check(VerifiedMetadata metadata, ParsedCertificates parsed, CertificateCheck check,
            List<X509Certificate> pathHelpers, String expectedOin, Optional<String> clusterDv, CertificateCheckResult uploaded,
            Instant at) {
        List<Finding> findings = new ArrayList<>();
        Map<X509Certificate, CertificateUse> listed = new LinkedHashMap<>();
        List<X509Certificate> all = new ArrayList<>(pathHelpers);
        int position = 0;
        for (Element keyDescriptor : keyDescriptors(metadata.element())) {
            position++;
            CertificateUse use = CertificateUse.ofAttribute(keyDescriptor.getAttributeNS(null, "use"));
            List<X509Certificate> certificates = new ArrayList<>();
            for (Element element : Dom.descendants(keyDescriptor, SamlNames.DS, "X509Certificate")) {
                try {
                    certificates.add(parsed.of(SigningCertificates.der(element)));
                } catch (CertificateException | RuntimeException e) {
                    findings.add(Finding.of(FindingCode.METADATA_CERTIFICATE_UNREADABLE, term(use), position)
                            .withEvidence("use", use).withEvidence("keyDescriptor", position)
                            .withEvidence("source", SOURCES.get(FindingCode.METADATA_CERTIFICATE_UNREADABLE)));
                }
            }
            all.addAll(certificates);
            // A KeyDescriptor may carry its certificate's issuers too: only its end entity is listed for the use.
            List<X509Certificate> endEntities = ChainOrder.endEntityOf(certificates).map(List::of).orElse(certificates);
            endEntities.forEach(certificate -> listed.merge(certificate, use, MetadataCertificateRules::both));
        }
        findings.addAll(tooMany(listed));
        Set<FindingCode> reportedOnUpload = uploaded.findings().isEmpty() ? Set.of()
                : uploaded.findings().stream().map(Finding::code).collect(Collectors.toSet());
        listed.forEach((certificate, use) -> check.checkEndEntity(certificate, use, all, expectedOin, at).stream()
                .filter(finding -> !(certificate.equals(uploaded.endEntity().orElse(null)) && reportedOnUpload.contains(finding.code())))
                .forEach(finding -> findings.add(clusterDv.filter(dv -> finding.code() == FindingCode.CERTIFICATE_OIN_MISMATCH)
                        .map(dv -> dvOinMismatch(finding, certificate, dv)).orElseGet(() -> asListed(finding, certificate, use)))));
        return findings;
    }

    /** §8.4.3: a DV's certificate carries the OIN of another organisation than the DV's entityID names. */
    private static Finding dvOinMismatch(Finding finding, X509Certificate certificate, String entityId) {
        return Finding.of(FindingCode.METADATA_CLUSTER_DV_CERTIFICATE_OIN_MISMATCH, entityId, finding.arguments().get(0),
                        finding.arguments().get(1))
                .withEvidence("entityID", entityId).withEvidence(finding.evidence())
                .withEvidence("certificateSha256", CertificateFacts.sha256Fingerprint(certificate))
                .withEvidence("spec", "§8.4.3");
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A parsed certificate always has an encoding", e);
        }
    }

    private static X509Certificate parse(byte[] der) throws CertificateException {
        return (X509Certificate) FACTORY.get().generateCertificate(new ByteArrayInputStream(der));
    }

    private static List<Finding> tooMany(Map<X509Certificate, CertificateUse> listed) {
        List<Finding> findings = new ArrayList<>();
        long signing = 0;
        long encryption = 0;
        for (CertificateUse use : listed.values()) {
            signing += use.signs() ? 1 : 0;
            encryption += use.encrypts() ? 1 : 0;
        }
        if (signing > MAX_SIGNING) {
            findings.add(tooMany(CertificateUse.SIGNING, signing, MAX_SIGNING));
        }
        if (encryption > MAX_ENCRYPTION) {
            findings.add(tooMany(CertificateUse.ENCRYPTION, encryption, MAX_ENCRYPTION));
        }
        return findings;
    }

    private static Finding tooMany(CertificateUse purpose, long count, int maximum) {
        return Finding.of(FindingCode.METADATA_CERTIFICATE_TOO_MANY, FindingMessages.term("purpose." + purpose.name()), count, maximum)
                .withEvidence("use", purpose).withEvidence("count", count).withEvidence("maximum", maximum)
                .withEvidence("source", SOURCES.get(FindingCode.METADATA_CERTIFICATE_TOO_MANY));
    }

    /** The finding of the uploaded-certificate check, said of this listed certificate. */
    private static Finding asListed(Finding finding, X509Certificate certificate, CertificateUse use) {
        FindingCode code = LISTED.get(finding.code());
        if (code == null) {
            throw new IllegalStateException("No metadata form of certificate finding " + finding.code());
        }
        List<String> arguments = new ArrayList<>(List.of(term(use),
                CertificateFacts.commonName(certificate).map(cn -> "CN=" + cn).orElseGet(() -> CertificateFacts.subject(certificate)),
                CertificateFacts.sha256Fingerprint(certificate).replace(":", "").substring(0, 8),
                FindingMessages.date(certificate.getNotAfter().toInstant().atZone(DUTCH_TIME).toLocalDate())));
        List<String> original = finding.arguments();
        switch (finding.code()) {
            case CERTIFICATE_NOT_YET_VALID ->
                    arguments.add(FindingMessages.date(certificate.getNotBefore().toInstant().atZone(DUTCH_TIME).toLocalDate()));
            case CERTIFICATE_EXPIRES_SOON -> arguments.add(original.get(1));
            case CERTIFICATE_EXPIRED, CERTIFICATE_REVOKED, CERTIFICATE_REVOCATION_UNKNOWN -> {
                // the identification says all
            }
            default -> arguments.addAll(original);
        }
        Map<String, Object> evidence = new LinkedHashMap<>(finding.evidence());
        evidence.put("use", use);
        evidence.put("notAfter", certificate.getNotAfter().toInstant());
        evidence.put("source", SOURCES.get(code));
        return new Finding(code, finding.severity(), arguments, Map.of()).withEvidence(evidence);
    }

    private static String term(CertificateUse use) {
        return FindingMessages.term("certificate." + use.name());
    }

    private static CertificateUse both(CertificateUse one, CertificateUse other) {
        return one == other ? one : CertificateUse.SIGNING_AND_ENCRYPTION;
    }

    /**
     * The certificates of one document, by their bytes, as far as they were parsed during one check: those the
     * signature verification parsed (the signer first) from the start, every other one when it is first met. Lives for
     * one check of one document only.
     */
    static final class ParsedCertificates {

        private final Map<Der, X509Certificate> parsed = new HashMap<>();

        ParsedCertificates(VerifiedMetadata metadata) {
            parsed.put(Der.of(encoded(metadata.signingCertificate())), metadata.signingCertificate());
            metadata.parsedCertificates().forEach(certificate -> parsed.putIfAbsent(Der.of(encoded(certificate)), certificate));
        }

        /** The certificate with these DER bytes: the one parsed before, or parsed now. */
        X509Certificate of(byte[] der) throws CertificateException {
            Der key = Der.of(der);
            X509Certificate known = parsed.get(key);
            if (known == null) {
                known = parse(der);
                parsed.put(key, known);
            }
            return known;
        }
    }

    /**
     * A certificate's DER bytes as a map key. Equal when the bytes are; the hash is taken once, from the last bytes
     * (the certificate's own signature, which differs between any two certificates), so a cluster's fifty lookups do
     * not each hash a whole certificate.
     */
    private record Der(byte[] bytes, int hash) {

        private static final int HASHED_TAIL = 32;

        static Der of(byte[] bytes) {
            int hash = bytes.length;
            for (int i = Math.max(0, bytes.length - HASHED_TAIL); i < bytes.length; i++) {
                hash = 31 * hash + bytes[i];
            }
            return new Der(bytes, hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Der der && Arrays.equals(bytes, der.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Der[" + bytes.length + " bytes]";
        }
    }

    /** The KeyDescriptors of every role descriptor of the entity. */
    private static List<Element> keyDescriptors(Element entityDescriptor) {
        List<Element> keyDescriptors = new ArrayList<>();
        for (Node node = entityDescriptor.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element role && SamlNames.MD.equals(role.getNamespaceURI())
                    && role.getLocalName().endsWith("Descriptor")) {
                keyDescriptors.addAll(Dom.children(role, SamlNames.MD, "KeyDescriptor"));
            }
        }
        return keyDescriptors;
    }
}
