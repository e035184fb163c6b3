package nl.dictu.tvs.portal.trust.metadata;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.reference.ReferenceSubTreeData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.dictu.tvs.portal.trust.certificate.CertificateEvidence;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.metadata.SigningCertificates.KnownCertificate;

/**
 * Verifies the enveloped signature of a document that passed {@link SignatureStructure}, with Apache
 * Santuario in secure-validation mode and the public key of the signing KeyDescriptor certificate (for cluster
 * metadata: of the supplier's LC entity, never of a DV inside it). When an
 * expected signer is given (the applicant's PKIoverheid certificate) the KeyDescriptor must list exactly
 * that certificate. A certificate inside the signature's own KeyInfo must be the same one; a bare KeyName
 * is fine. The result carries the element Santuario verified: every later read starts from it.
 */
final class SignatureVerifier {

    static {
        org.apache.xml.security.Init.init();
    }

    private SignatureVerifier() {
    }

    static VerificationResult verify(Document document, Optional<X509Certificate> expectedSigner) {
        Element root = document.getDocumentElement();
        Element signature = Dom.children(root, SamlNames.DS, "Signature").get(0);
        Element signerEntity = root;
        if (ClusterMembers.isCluster(root)) {
            // Cluster metadata is signed by the supplier (LC): only its signing certificates may verify it.
            ClusterMembers.SupplierEntity supplier = ClusterMembers.supplier(root);
            if (supplier.problem().isPresent()) {
                return VerificationResult.failed(supplier.problem().get());
            }
            signerEntity = supplier.entity().orElseThrow();
        }
        List<Element> keyDescriptorCertificates = SigningCertificates.signingKeyDescriptorCertificates(signerEntity);
        Optional<KnownCertificate> expected = expectedSigner.map(KnownCertificate::of);
        if (expected.isPresent() && onlyExpected(keyDescriptorCertificates, expected.get())) {
            // The common case needs no certificate parsed: every signing certificate is the expected one, byte for byte.
            return verifyWith(root, signature, List.of(expected.get()));
        }
        List<X509Certificate> candidates = new ArrayList<>();
        for (Element element : keyDescriptorCertificates) {
            try {
                candidates.add(SigningCertificates.decode(element));
            } catch (IOException | CertificateException e) {
                return VerificationResult.failed(Finding.of(FindingCode.METADATA_SIGNING_CERTIFICATE_UNREADABLE));
            }
        }
        if (candidates.isEmpty()) {
            return VerificationResult.failed(Finding.of(FindingCode.METADATA_SIGNING_CERTIFICATE_MISSING));
        }
        if (expectedSigner.isPresent()) {
            if (!candidates.contains(expectedSigner.get())) {
                Finding mismatch = Finding.of(FindingCode.METADATA_SIGNING_CERTIFICATE_MISMATCH,
                        CertificateFacts.subject(candidates.get(0)), CertificateFacts.subject(expectedSigner.get()))
                        .withEvidence("expectedSha256", CertificateFacts.sha256Fingerprint(expectedSigner.get()))
                        .withEvidence("metadataSha256", CertificateFacts.sha256Fingerprint(candidates.get(0)));
                return VerificationResult.failed(mismatch);
            }
            return verifyWith(root, signature, List.of(expected.get()));
        }
        return verifyWith(root, signature, candidates.stream().map(KnownCertificate::of).toList());
    }

    private static boolean onlyExpected(List<Element> keyDescriptorCertificates, KnownCertificate expected) {
        return !keyDescriptorCertificates.isEmpty()
                && keyDescriptorCertificates.stream().allMatch(element -> SigningCertificates.holds(element, expected));
    }

    private static VerificationResult verifyWith(Element root, Element signature, List<KnownCertificate> knownCandidates) {
        root.setIdAttributeNS(null, "ID", true);
        Finding lastFailure = null;
        for (KnownCertificate known : knownCandidates) {
            X509Certificate candidate = known.certificate();
            Optional<Finding> keyInfoProblem = keyInfoMismatch(signature, known);
            if (keyInfoProblem.isPresent()) {
                lastFailure = keyInfoProblem.get();
                continue;
            }
            try {
                XMLSignature xmlSignature = new XMLSignature(signature, "", true);
                if (xmlSignature.checkSignatureValue(candidate.getPublicKey())) {
                    // The element Santuario digested, as it kept it: no second resolution of the reference.
                    Node verified = xmlSignature.getSignedInfo().item(0).getReferenceData() instanceof ReferenceSubTreeData subtree
                            ? subtree.getRoot() : null;
                    if (verified != root) {
                        return VerificationResult.failed(Finding.of(FindingCode.METADATA_SIGNATURE_REFERENCE_INVALID, "-", "-"));
                    }
                    // Every certificate parsed here is handed on, so the rules on the listed certificates parse none again.
                    return VerificationResult.of(new VerifiedMetadata((Element) verified, candidate,
                            knownCandidates.stream().map(KnownCertificate::certificate).toList()));
                }
                lastFailure = invalid(candidate, "signature value or digest does not match");
            } catch (XMLSecurityException | RuntimeException e) {
                // Santuario reports hostile or malformed signatures through both kinds of exception.
                lastFailure = invalid(candidate, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return VerificationResult.failed(lastFailure);
    }

    private static Optional<Finding> keyInfoMismatch(Element signature, KnownCertificate known) {
        X509Certificate signer = known.certificate();
        for (Element keyInfo : Dom.children(signature, SamlNames.DS, "KeyInfo")) {
            for (Element element : Dom.descendants(keyInfo, SamlNames.DS, "X509Certificate")) {
                if (SigningCertificates.holds(element, known)) {
                    continue;
                }
                X509Certificate carried;
                try {
                    carried = SigningCertificates.decode(element);
                } catch (IOException | CertificateException e) {
                    return Optional.of(Finding.of(FindingCode.METADATA_KEYINFO_CERTIFICATE_MISMATCH, "-"));
                }
                if (!carried.equals(signer)) {
                    return Optional.of(CertificateEvidence.add(Finding.of(FindingCode.METADATA_KEYINFO_CERTIFICATE_MISMATCH,
                            CertificateFacts.subject(carried)), carried));
                }
            }
        }
        return Optional.empty();
    }

    private static Finding invalid(X509Certificate candidate, String reason) {
        return CertificateEvidence.add(Finding.of(FindingCode.METADATA_SIGNATURE_INVALID), candidate).withEvidence("reason", reason);
    }

    /** The verified metadata, or the finding that says why the signature does not hold. */
    record VerificationResult(Optional<VerifiedMetadata> metadata, Optional<Finding> problem) {

        static VerificationResult of(VerifiedMetadata metadata) {
            return new VerificationResult(Optional.of(metadata), Optional.empty());
        }

        static VerificationResult failed(Finding problem) {
            return new VerificationResult(Optional.empty(), Optional.of(problem));
        }
    }
}
