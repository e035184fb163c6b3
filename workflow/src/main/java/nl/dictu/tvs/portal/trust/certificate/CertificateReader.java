package nl.dictu.tvs.portal.trust.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;

/**
 * Reads certificates from PEM (one or more CERTIFICATE blocks; other blocks are ignored) or DER.
 * Bad input yields a finding, never an exception.
 */
public final class CertificateReader {

    private static final String PEM_MARKER = "-----BEGIN CERTIFICATE-----";

    private final JcaX509CertificateConverter converter = new JcaX509CertificateConverter();

    public CertificateReadResult read(byte[] content) {
        if (content == null || content.length == 0) {
            return CertificateReadResult.failed(Finding.of(FindingCode.CERTIFICATE_MISSING));
        }
        if (SizeLimit.exceeds(content)) {
            return CertificateReadResult.failed(Finding.of(FindingCode.CERTIFICATE_TOO_LARGE,
                    content.length, SizeLimit.MAX_UPLOAD_BYTES).withEvidence("bytes", content.length));
        }
        try {
            String text = new String(content, StandardCharsets.ISO_8859_1);
            List<X509Certificate> certificates = text.contains(PEM_MARKER) ? readPem(text) : List.of(readDer(content));
            if (certificates.isEmpty()) {
                return CertificateReadResult.failed(unreadable("no certificate"));
            }
            return CertificateReadResult.of(certificates);
        } catch (IOException | CertificateException | RuntimeException e) {
            // BouncyCastle reports malformed ASN.1 as a mix of checked and runtime exceptions.
            return CertificateReadResult.failed(unreadable(e.getClass().getSimpleName()));
        }
    }

    /** Reads one DER certificate, e.g. the base64-decoded content of a {@code ds:X509Certificate}. */
    public X509Certificate readDer(byte[] der) throws IOException, CertificateException {
        return converter.getCertificate(new X509CertificateHolder(der));
    }

    private List<X509Certificate> readPem(String text) throws IOException, CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        }
        return certificates;
    }

    private static Finding unreadable(String reason) {
        return Finding.of(FindingCode.CERTIFICATE_UNREADABLE).withEvidence("reason", reason);
    }
}
