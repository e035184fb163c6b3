package nl.dictu.tvs.portal.trust.certificate;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;

/**
 * Finds and validates the PKIX path from the end-entity certificate to a trust anchor. Validity of the end
 * entity is its own finding, so the path is validated at an instant inside the end entity's validity: an
 * expired certificate from a trusted CA then reports "expired", not also "untrusted".
 * <p>
 * The usual path (end entity, the intermediates given with it or configured, an anchor) is found by issuer
 * name and validated with the JDK's PKIX {@link CertPathValidator}; only when that fails does the PKIX
 * {@link CertPathBuilder} search all candidates (so an untrusted certificate is never refused on the shortcut
 * alone). Anchors, configured intermediates and CRLs and the validation parameters are prepared once per
 * instance, which lives as long as its configuration.
 */
final class CertificatePath {

    private static final int MAX_PATH_LENGTH = 8;
    private static final ThreadLocal<CertPathValidator> VALIDATOR = ThreadLocal.withInitial(() -> {
        try {
            return CertPathValidator.getInstance("PKIX");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always provides PKIX path validation", e);
        }
    });
    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK always provides X.509", e);
        }
    });

    private final TrustAnchors trustAnchors;
    private final RevocationPolicy revocationPolicy;
    private final Set<TrustAnchor> pkixAnchors;
    /** The anchors' subjects as encoded (compared as bytes: no name canonicalisation per certificate). */
    private final Set<ByteBuffer> anchorSubjects = new HashSet<>();
    /** The configured intermediates' subjects as encoded, in the order of {@link TrustAnchors#intermediates()}. */
    private final List<byte[]> intermediateSubjects;
    private final CertStore configuredStore;
    private final PKIXParameters validation;

    CertificatePath(TrustAnchors trustAnchors, RevocationPolicy revocationPolicy) {
        this.trustAnchors = trustAnchors;
        this.revocationPolicy = revocationPolicy;
        this.pkixAnchors = trustAnchors.asPkixAnchors();
        trustAnchors.anchors().forEach(anchor -> anchorSubjects.add(ByteBuffer.wrap(anchor.getSubjectX500Principal().getEncoded())));
        this.intermediateSubjects = trustAnchors.intermediates().stream()
                .map(intermediate -> intermediate.getSubjectX500Principal().getEncoded()).toList();
        try {
            List<Object> configured = new ArrayList<>(trustAnchors.intermediates());
            configured.addAll(trustAnchors.crls());
            this.configuredStore = CertStore.getInstance("Collection", new CollectionCertStoreParameters(configured));
            this.validation = new PKIXParameters(pkixAnchors);
            validation.setRevocationEnabled(false);
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path validation", e);
        }
    }

    List<Finding> check(EndEntity endEntity, List<X509Certificate> uploaded, Instant at) {
        X509Certificate certificate = endEntity.certificate();
        Optional<String> untrusted = untrusted(endEntity, uploaded, at);
        if (untrusted.isPresent()) {
            return List.of(withCertificate(Finding.of(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED, CertificateFacts.issuer(certificate)),
                    certificate).withEvidence("reason", untrusted.get()));
        }
        return revocationPolicy == RevocationPolicy.OFF ? List.of() : revocation(certificate, uploaded, at);
    }

    /** Why no trusted path exists, or empty when one does (revocation not considered). */
    private Optional<String> untrusted(EndEntity endEntity, List<X509Certificate> given, Instant at) {
        List<X509Certificate> byName = pathByIssuerName(endEntity, given);
        if (byName != null) {
            try {
                PKIXParameters parameters = (PKIXParameters) validation.clone();
                parameters.setDate(Date.from(endEntity.insideValidity(at)));
                VALIDATOR.get().validate(FACTORY.get().generateCertPath(byName), parameters);
                return Optional.empty();
            } catch (CertPathValidatorException | InvalidAlgorithmParameterException | CertificateException e) {
                // Not this path; the builder below looks at every candidate before calling it untrusted.
            }
        }
        try {
            PKIXBuilderParameters parameters = parameters(endEntity.certificate(), given, at);
            parameters.setRevocationEnabled(false);
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path building", e);
        }
    }

    /**
     * End entity first, then each issuer by name from the given and configured certificates, up to an anchor; null
     * when there is no such path.
     */
    private List<X509Certificate> pathByIssuerName(EndEntity endEntity, List<X509Certificate> given) {
        List<X509Certificate> path = new ArrayList<>(MAX_PATH_LENGTH);
        path.add(endEntity.certificate());
        byte[] issuer = endEntity.encodedIssuer();
        while (!anchorSubjects.contains(ByteBuffer.wrap(issuer))) {
            if (path.size() == MAX_PATH_LENGTH) {
                return null;
            }
            X509Certificate found = issuerOf(issuer, given, path);
            if (found == null) {
                found = configuredIssuerOf(issuer, path);
            }
            if (found == null) {
                return null;
            }
            path.add(found);
            issuer = found.getIssuerX500Principal().getEncoded();
        }
        return path;
    }

    /** The first candidate not on the path yet whose subject is {@code issuer} (encoded), or null. */
    private static X509Certificate issuerOf(byte[] issuer, List<X509Certificate> candidates, List<X509Certificate> taken) {
        for (X509Certificate candidate : candidates) {
            if (!taken.contains(candidate) && Arrays.equals(candidate.getSubjectX500Principal().getEncoded(), issuer)) {
                return candidate;
            }
        }
        return null;
    }

    /** As {@link #issuerOf}, among the configured intermediates, whose subjects were encoded once. */
    private X509Certificate configuredIssuerOf(byte[] issuer, List<X509Certificate> taken) {
        for (int i = 0; i < intermediateSubjects.size(); i++) {
            X509Certificate candidate = trustAnchors.intermediates().get(i);
            if (Arrays.equals(intermediateSubjects.get(i), issuer) && !taken.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The revocation status of a path known to be trusted, in a second build. The JDK's own SOFT_FAIL option
     * cannot be used: the builder works on clones of the checker, so its soft-fail exceptions are never seen.
     * Configured CRLs are consulted first (no network when they answer), then OCSP and distribution points.
     */
    private List<Finding> revocation(X509Certificate endEntity, List<X509Certificate> uploaded, Instant at) {
        try {
            CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
            PKIXBuilderParameters parameters = parameters(endEntity, uploaded, at);
            PKIXRevocationChecker checker = (PKIXRevocationChecker) builder.getRevocationChecker();
            checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS));
            parameters.addCertPathChecker(checker);
            builder.build(parameters);
            return List.of();
        } catch (CertPathBuilderException e) {
            if (e.getCause() instanceof CertPathValidatorException validatorException
                    && validatorException.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                return List.of(withCertificate(Finding.of(FindingCode.CERTIFICATE_REVOKED, CertificateFacts.subject(endEntity)),
                        endEntity).withEvidence("reason", String.valueOf(validatorException.getMessage())));
            }
            Finding unknown = Finding.of(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN, CertificateFacts.subject(endEntity));
            Severity severity = revocationPolicy == RevocationPolicy.HARD_FAIL ? Severity.ERROR : Severity.WARNING;
            return List.of(withCertificate(new Finding(unknown.code(), severity, unknown.arguments(), unknown.evidence()), endEntity)
                    .withEvidence("reason", String.valueOf(e.getMessage())));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path building", e);
        }
    }

    private PKIXBuilderParameters parameters(X509Certificate endEntity, List<X509Certificate> uploaded, Instant at)
            throws InvalidAlgorithmParameterException, NoSuchAlgorithmException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(endEntity);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(pkixAnchors, target);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(uploaded)));
        parameters.addCertStore(configuredStore);
        parameters.setDate(Date.from(insideValidity(endEntity, at)));
        return parameters;
    }

    private static Instant insideValidity(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return notBefore;
        }
        return at.isAfter(notAfter) ? notAfter : at;
    }

    private static Finding withCertificate(Finding finding, X509Certificate certificate) {
        return CertificateEvidence.add(finding, certificate);
    }
}
