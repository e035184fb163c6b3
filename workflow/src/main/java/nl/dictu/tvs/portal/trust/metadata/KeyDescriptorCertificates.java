package nl.dictu.tvs.portal.trust.metadata;

import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.certificate.CertificateUse;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The certificates the metadata lists in its {@code KeyDescriptor}s, each with the use it is listed for
 * ({@code signing}, {@code encryption}, or both without {@code use}), in document order. Metadata that cannot be
 * read lists none; an unreadable certificate is left out (the metadata checks report both).
 */
public final class KeyDescriptorCertificates {

    /** A listed certificate and what it is listed for. */
    public record Listed(CertificateUse use, X509Certificate certificate) {

        /** Whether it is listed for signing (use {@code signing} or none). */
        public boolean signs() {
            return use.signs();
        }

        /** Whether it is listed for encryption (use {@code encryption} or none). */
        public boolean encrypts() {
            return use.encrypts();
        }
    }

    private KeyDescriptorCertificates() {
    }

    public static List<Listed> of(byte[] metadata) {
        var parsed = new SecureXmlParser().parse(metadata);
        if (parsed.document().isEmpty()) {
            return List.of();
        }
        List<Listed> listed = new ArrayList<>();
        NodeList descriptors = parsed.document().get().getDocumentElement().getElementsByTagNameNS(SamlNames.MD, "KeyDescriptor");
        for (int i = 0; i < descriptors.getLength(); i++) {
            Element descriptor = (Element) descriptors.item(i);
            CertificateUse use = CertificateUse.ofAttribute(descriptor.getAttribute("use"));
            NodeList values = descriptor.getElementsByTagNameNS(SamlNames.DS, "X509Certificate");
            for (int j = 0; j < values.getLength(); j++) {
                try {
                    listed.add(new Listed(use, new CertificateReader().readDer(
                            Base64.getMimeDecoder().decode(values.item(j).getTextContent().strip()))));
                } catch (IOException | CertificateException | IllegalArgumentException e) {
                    // reported by the metadata checks as METADATA_CERTIFICATE_UNREADABLE
                }
            }
        }
        return listed;
    }
}
