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
            CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
            PKIXBuilderParameters parameters = parameters(endEntity, uploaded, at);
            PKIXRevocationChecker revocationChecker = null;
            if (revocationPolicy == RevocationPolicy.OFF) {
                parameters.setRevocationEnabled(false);
            } else {
                revocationChecker = (PKIXRevocationChecker) builder.getRevocationChecker();
                if (revocationPolicy == RevocationPolicy.SOFT_FAIL) {
                    revocationChecker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.SOFT_FAIL));
                }
                parameters.addCertPathChecker(revocationChecker);
            }
            builder.build(parameters);
            return softFailures(endEntity, revocationChecker);
        } catch (CertPathBuilderException e) {
            return List.of(failure(endEntity, e));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The JDK always provides PKIX path building", e);
        }
    }

    private PKIXBuilderParameters parameters(X509Certificate endEntity, List<X509Certificate> uploaded, Instant at)
            throws InvalidAlgorithmParameterException, NoSuchAlgorithmException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(endEntity);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors.asPkixAnchors(), target);
        List<X509Certificate> candidates = new ArrayList<>(uploaded);
        candidates.addAll(trustAnchors.intermediates());
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

    private Finding failure(X509Certificate endEntity, CertPathBuilderException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CertPathValidatorException validatorException) {
            if (validatorException.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                return withCertificate(Finding.of(FindingCode.CERTIFICATE_REVOKED, CertificateFacts.subject(endEntity)), endEntity);
            }
            if (validatorException.getReason() == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                Finding unknown = Finding.of(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN, CertificateFacts.subject(endEntity));
                return withCertificate(new Finding(unknown.code(), Severity.ERROR, unknown.arguments(), unknown.evidence()), endEntity);
            }
        }
        return withCertificate(Finding.of(FindingCode.CERTIFICATE_CHAIN_UNTRUSTED, CertificateFacts.issuer(endEntity)), endEntity)
                .withEvidence("reason", String.valueOf(e.getMessage()));
    }

    private static List<Finding> softFailures(X509Certificate endEntity, PKIXRevocationChecker checker) {
        if (checker == null || checker.getSoftFailExceptions().isEmpty()) {
            return List.of();
        }
        return List.of(withCertificate(Finding.of(FindingCode.CERTIFICATE_REVOCATION_UNKNOWN,
                CertificateFacts.subject(endEntity)), endEntity)
                .withEvidence("reason", String.valueOf(checker.getSoftFailExceptions().get(0).getMessage())));
    }

    private static Finding withCertificate(Finding finding, X509Certificate certificate) {
        return CertificateEvidence.add(finding, certificate);
    }
}
