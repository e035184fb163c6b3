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
    private final CertStore configuredStore;
    private final PKIXParameters validation;

    CertificatePath(TrustAnchors trustAnchors, RevocationPolicy revocationPolicy) {
        this.trustAnchors = trustAnchors;
        this.revocationPolicy = revocationPolicy;
        this.pkixAnchors = trustAnchors.asPkixAnchors();
        trustAnchors.anchors().forEach(anchor -> anchorSubjects.add(ByteBuffer.wrap(anchor.getSubjectX500Principal().getEncoded())));
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

    List<Finding> check(X509Certificate endEntity, List<X509Certificate> uploaded, Instant at) {
        Optional<String> untrusted = untrusted(endEntity, uploaded, at);
        if (untrusted.isPresent()) {
            return List.of(withCertificate(Finding.of(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED, CertificateFacts.issuer(endEntity)),
                    endEntity).withEvidence("reason", untrusted.get()));
        }
        return revocationPolicy == RevocationPolicy.OFF ? List.of() : revocation(endEntity, uploaded, at);
    }

    /** Why no trusted path exists, or empty when one does (revocation not considered). */
    private Optional<String> untrusted(X509Certificate endEntity, List<X509Certificate> given, Instant at) {
        Optional<List<X509Certificate>> byName = pathByIssuerName(endEntity, given);
        if (byName.isPresent()) {
            try {
                PKIXParameters parameters = (PKIXParameters) validation.clone();
                parameters.setDate(Date.from(insideValidity(endEntity, at)));
                VALIDATOR.get().validate(FACTORY.get().generateCertPath(byName.get()), parameters);
                return Optional.empty();
            } catch (CertPathValidatorException | InvalidAlgorithmParameterException | CertificateException e) {
                // Not this path; the builder below looks at every candidate before calling it untrusted.
            }
        }
        try {
            PKIXBuilderParameters parameters = parameters(endEntity, given, at);
            parameters.setRevocationEnabled(false);
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path building", e);
        }
    }

    /** End entity first, then each issuer by name from the given and configured certificates, up to an anchor. */
    private Optional<List<X509Certificate>> pathByIssuerName(X509Certificate endEntity, List<X509Certificate> given) {
        List<X509Certificate> path = new ArrayList<>(List.of(endEntity));
        X509Certificate current = endEntity;
        while (!anchorSubjects.contains(ByteBuffer.wrap(current.getIssuerX500Principal().getEncoded()))) {
            if (path.size() == MAX_PATH_LENGTH) {
                return Optional.empty();
            }
            Optional<X509Certificate> issuer = issuerOf(current, given, path)
                    .or(() -> issuerOf(path.get(path.size() - 1), trustAnchors.intermediates(), path));
            if (issuer.isEmpty()) {
                return Optional.empty();
            }
            path.add(issuer.get());
            current = issuer.get();
        }
        return Optional.of(path);
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate certificate, List<X509Certificate> candidates,
            List<X509Certificate> taken) {
        byte[] issuer = certificate.getIssuerX500Principal().getEncoded();
        for (X509Certificate candidate : candidates) {
            if (Arrays.equals(candidate.getSubjectX500Principal().getEncoded(), issuer) && !taken.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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
