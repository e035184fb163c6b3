package nl.dictu.tvs.portal.trust.certificate;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;

/**
 * Builds the PKIX path from the end-entity certificate to a trust anchor. Validity of the end entity is
 * its own finding, so the path is built at an instant inside the end entity's validity: an expired
 * certificate from a trusted CA then reports "expired", not also "untrusted".
 */
final class CertificatePath {

    private final TrustAnchors trustAnchors;
    private final RevocationPolicy revocationPolicy;

    CertificatePath(TrustAnchors trustAnchors, RevocationPolicy revocationPolicy) {
        this.trustAnchors = trustAnchors;
        this.revocationPolicy = revocationPolicy;
    }

    List<Finding> check(X509Certificate endEntity, List<X509Certificate> uploaded, Instant at) {
        try {
            PKIXBuilderParameters parameters = parameters(endEntity, uploaded, at);
            parameters.setRevocationEnabled(false);
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            return List.of(withCertificate(Finding.of(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED, CertificateFacts.issuer(endEntity)),
                    endEntity).withEvidence("reason", String.valueOf(e.getMessage())));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path building", e);
        }
        return revocationPolicy == RevocationPolicy.OFF ? List.of() : revocation(endEntity, uploaded, at);
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
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors.asPkixAnchors(), target);
        List<Object> candidates = new ArrayList<>(uploaded);
        candidates.addAll(trustAnchors.intermediates());
        candidates.addAll(trustAnchors.crls());
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
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
