package nl.dictu.tvs.portal.trust.metadata;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.dictu.tvs.portal.trust.certificate.CertificateReader;

/** Reads certificates from {@code ds:X509Certificate} elements below a given element. */
final class SigningCertificates {

    private static final CertificateReader READER = new CertificateReader();

    private SigningCertificates() {
    }

    /** The certificates of the signing KeyDescriptors ({@code use="signing"} or no use) of every role. */
    static List<Element> signingKeyDescriptorCertificates(Element entityDescriptor) {
        List<Element> certificates = new ArrayList<>();
        for (Node node = entityDescriptor.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element role && SamlNames.MD.equals(role.getNamespaceURI())
                    && role.getLocalName().endsWith("Descriptor")) {
                for (Element keyDescriptor : Dom.children(role, SamlNames.MD, "KeyDescriptor")) {
                    String use = keyDescriptor.getAttributeNS(null, "use");
                    if (use.isEmpty() || "signing".equals(use)) {
                        certificates.addAll(Dom.descendants(keyDescriptor, SamlNames.DS, "X509Certificate"));
                    }
                }
            }
        }
        return certificates;
    }

    static X509Certificate decode(Element x509Certificate) throws IOException, CertificateException {
        return READER.readDer(der(x509Certificate));
    }

    /** The DER bytes of a {@code ds:X509Certificate} element, not parsed: enough to compare with a known certificate. */
    static byte[] der(Element x509Certificate) throws CertificateException {
        try {
            return Base64.getMimeDecoder().decode(x509Certificate.getTextContent().strip());
        } catch (IllegalArgumentException e) {
            throw new CertificateException("Not base64", e);
        }
    }

    /**
     * Whether the element holds exactly this certificate (certificates are equal when their DER encodings are).
     * The usual case, the certificate's own base64 with line breaks, is recognised from the text without
     * decoding; any other spelling of the same bytes is decoded and compared.
     */
    static boolean holds(Element x509Certificate, KnownCertificate known) {
        String text = x509Certificate.getTextContent();
        if (sameIgnoringWhitespace(text, known.base64())) {
            return true;
        }
        try {
            return Arrays.equals(der(x509Certificate), known.der());
        } catch (CertificateException e) {
            return false;
        }
    }

    private static boolean sameIgnoringWhitespace(String text, String base64) {
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (next == base64.length() || base64.charAt(next) != c) {
                return false;
            }
            next++;
        }
        return next == base64.length();
    }

    /** A certificate to look for, with its DER bytes and their plain base64 (encoded once, compared often). */
    record KnownCertificate(X509Certificate certificate, byte[] der, String base64) {

        static KnownCertificate of(X509Certificate certificate) {
            try {
                byte[] der = certificate.getEncoded();
                return new KnownCertificate(certificate, der, Base64.getEncoder().encodeToString(der));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("A parsed certificate always has an encoding", e);
            }
        }
    }
}
