package nl.dictu.tvs.portal.trust.metadata;

import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What in stored (already checked) metadata expires: the root's {@code validUntil} and every certificate of a
 * {@code KeyDescriptor}, as signing (use {@code signing} or none) or encryption (use {@code encryption}). A
 * certificate listed for both counts once, as signing. Metadata that cannot be read has nothing to watch.
 */
public final class MetadataExpiries {

    /** One item that expires. */
    public record Expiry(Use use, String label, Instant expiresAt) {
    }

    /** What an item is. */
    public enum Use { SIGNING, ENCRYPTION, VALID_UNTIL }

    private MetadataExpiries() {
    }

    public static List<Expiry> of(byte[] metadata) {
        var parsed = new SecureXmlParser().parse(metadata);
        if (parsed.document().isEmpty()) {
            return List.of();
        }
        Element root = parsed.document().get().getDocumentElement();
        List<Expiry> expiries = new ArrayList<>();
        Dom.attribute(root, "validUntil").ifPresent(text -> {
            try {
                expiries.add(new Expiry(Use.VALID_UNTIL, Dom.attribute(root, "entityID").orElse("validUntil"),
                        OffsetDateTime.parse(text).toInstant()));
            } catch (DateTimeParseException e) {
                // the checks report a bad validUntil; there is no moment to watch
            }
        });
        Map<String, Expiry> certificates = new LinkedHashMap<>();
        NodeList descriptors = root.getElementsByTagNameNS(SamlNames.MD, "KeyDescriptor");
        for (int i = 0; i < descriptors.getLength(); i++) {
            Element descriptor = (Element) descriptors.item(i);
            Use use = "encryption".equals(descriptor.getAttribute("use")) ? Use.ENCRYPTION : Use.SIGNING;
            NodeList values = descriptor.getElementsByTagNameNS(SamlNames.DS, "X509Certificate");
            for (int j = 0; j < values.getLength(); j++) {
                read(values.item(j).getTextContent()).ifPresent(certificate -> {
                    String fingerprint = CertificateFacts.sha256Fingerprint(certificate);
                    Expiry expiry = new Expiry(use, label(certificate), certificate.getNotAfter().toInstant());
                    certificates.merge(fingerprint, expiry, (first, second) -> first.use() == Use.SIGNING ? first : second);
                });
            }
        }
        expiries.addAll(certificates.values());
        return expiries;
    }

    /** The entityIDs of the metadata's EntityDescriptors (one, or a cluster's several), in document order. */
    public static List<String> entityIds(byte[] metadata) {
        var parsed = new SecureXmlParser().parse(metadata);
        if (parsed.document().isEmpty()) {
            return List.of();
        }
        NodeList descriptors = parsed.document().get().getElementsByTagNameNS(SamlNames.MD, "EntityDescriptor");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < descriptors.getLength(); i++) {
            ids.add(((Element) descriptors.item(i)).getAttribute("entityID"));
        }
        return ids;
    }

    /** How a certificate is named on the reviewer's list and in mail: its subject and serial number. */
    public static String label(X509Certificate certificate) {
        return CertificateFacts.subject(certificate) + " (serial " + certificate.getSerialNumber().toString(16) + ")";
    }

    private static Optional<X509Certificate> read(String base64) {
        try {
            return Optional.of(new CertificateReader().readDer(Base64.getMimeDecoder().decode(base64.strip())));
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
