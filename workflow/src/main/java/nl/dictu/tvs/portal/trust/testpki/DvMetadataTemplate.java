package nl.dictu.tvs.portal.trust.testpki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Unsigned metadata of a dienstverlener (DV) as Koppelvlakspecificatie eID SAML 4.4 §8.3 asks: an EntityDescriptor
 * with entityID {@code urn:nl-eid-gdi:1.0:DV:<OIN>:entities:<index>} (four digits) and {@code validUntil} one year
 * ahead, an SPSSODescriptor with signed requests and assertions, a signing and an encryption KeyDescriptor (each
 * KeyName = lowercase hex SHA-1 thumbprint, the TVS convention, + X509Data), an HTTPS HTTP-Artifact
 * AssertionConsumerService with index, optionally a SingleLogoutService (HTTP-POST) and ServiceUUIDs (one
 * AttributeConsumingService each, the first the default).
 */
public final class DvMetadataTemplate {

    static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

    private final String oin;
    private final int index;
    private final boolean singleLogout;
    private final List<String> serviceUuids;
    private final String baseUrl;
    private final Optional<Instant> validUntil;
    private final Optional<String> cacheDuration;

    private DvMetadataTemplate(String oin, int index, boolean singleLogout, List<String> serviceUuids, String baseUrl,
            Optional<Instant> validUntil, Optional<String> cacheDuration) {
        this.oin = oin;
        this.index = index;
        this.singleLogout = singleLogout;
        this.serviceUuids = List.copyOf(serviceUuids);
        this.baseUrl = baseUrl;
        this.validUntil = validUntil;
        this.cacheDuration = cacheDuration;
    }

    public static DvMetadataTemplate forOin(String oin, int index) {
        return new DvMetadataTemplate(oin, index, false, List.of(), "https://diensten.example.nl",
                Optional.of(Instant.now().plus(DEFAULT_VALIDITY).truncatedTo(ChronoUnit.SECONDS)), Optional.empty());
    }

    public DvMetadataTemplate withSingleLogout() {
        return new DvMetadataTemplate(oin, index, true, serviceUuids, baseUrl, validUntil, cacheDuration);
    }

    public DvMetadataTemplate withServiceUuids(String... uuids) {
        return new DvMetadataTemplate(oin, index, singleLogout, List.of(uuids), baseUrl, validUntil, cacheDuration);
    }

    public DvMetadataTemplate withBaseUrl(String url) {
        return new DvMetadataTemplate(oin, index, singleLogout, serviceUuids, url, validUntil, cacheDuration);
    }

    /** {@code validUntil} at this instant (instead of one year ahead). */
    public DvMetadataTemplate withValidUntil(Instant until) {
        return new DvMetadataTemplate(oin, index, singleLogout, serviceUuids, baseUrl, Optional.of(until), Optional.empty());
    }

    /** {@code cacheDuration} (an xs:duration such as {@code P7D}) instead of {@code validUntil}. */
    public DvMetadataTemplate withCacheDuration(String duration) {
        return new DvMetadataTemplate(oin, index, singleLogout, serviceUuids, baseUrl, Optional.empty(), Optional.of(duration));
    }

    public String entityId() {
        return entityId("DV", oin, index);
    }

    static String entityId(String role, String oin, int index) {
        return "urn:nl-eid-gdi:1.0:" + role + ":" + oin + ":entities:" + String.format("%04d", index);
    }

    /** A signing certificate and a separate encryption certificate (single-purpose, as PKIoverheid G4 issues them). */
    public String build(X509Certificate signingCertificate, X509Certificate encryptionCertificate) {
        return build(List.of(signingCertificate), List.of(encryptionCertificate));
    }

    /** Any number of signing (metadata signing, TLS, rollover) and encryption certificates. */
    public String build(List<X509Certificate> signingCertificates, List<X509Certificate> encryptionCertificates) {
        List<KeyDescriptorCertificate> keyDescriptors = new ArrayList<>();
        signingCertificates.forEach(certificate -> keyDescriptors.add(KeyDescriptorCertificate.signing(certificate)));
        encryptionCertificates.forEach(certificate -> keyDescriptors.add(KeyDescriptorCertificate.encryption(certificate)));
        return build(keyDescriptors);
    }

    /** The signing certificate's KeyDescriptor and more after it, in the given order (e.g. encryption, rollover). */
    public String build(X509Certificate signingCertificate, List<KeyDescriptorCertificate> moreKeyDescriptors) {
        List<KeyDescriptorCertificate> keyDescriptors = new ArrayList<>(List.of(KeyDescriptorCertificate.signing(signingCertificate)));
        keyDescriptors.addAll(moreKeyDescriptors);
        return build(keyDescriptors);
    }

    private String build(List<KeyDescriptorCertificate> keyDescriptors) {
        List<String> lines = new ArrayList<>();
        lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        lines.add("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"_" + UUID.randomUUID() + "\" entityID=\"" + entityId() + "\"" + validity(validUntil, cacheDuration) + ">");
        lines.add("  <md:SPSSODescriptor AuthnRequestsSigned=\"true\" WantAssertionsSigned=\"true\""
                + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">");
        keyDescriptors.forEach(listed -> lines.add("    " + keyDescriptor(listed.use(), listed.certificate())));
        if (singleLogout) {
            lines.add("    <md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
                    + " Location=\"" + baseUrl + "/saml/logout\"/>");
        }
        lines.add("    " + assertionConsumer(baseUrl));
        lines.addAll(attributeConsumers(serviceUuids, "    "));
        lines.add("  </md:SPSSODescriptor>");
        lines.add("  <md:Organization><md:OrganizationName xml:lang=\"nl\">Demo</md:OrganizationName>"
                + "<md:OrganizationDisplayName xml:lang=\"nl\">Demo</md:OrganizationDisplayName>"
                + "<md:OrganizationURL xml:lang=\"nl\">" + baseUrl + "</md:OrganizationURL></md:Organization>");
        lines.add("</md:EntityDescriptor>");
        return String.join("\n", lines) + "\n";
    }

    /** One AttributeConsumingService per ServiceUUID (the first the default among several), each line indented. */
    static List<String> attributeConsumers(List<String> serviceUuids, String indent) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < serviceUuids.size(); i++) {
            lines.add(indent + "<md:AttributeConsumingService index=\"" + i + "\"" + (i == 0 && serviceUuids.size() > 1 ? " isDefault=\"true\"" : "") + ">");
            lines.add(indent + "  <md:ServiceName xml:lang=\"nl\">Dienst " + (i + 1) + "</md:ServiceName>");
            lines.add(indent + "  <md:RequestedAttribute Name=\"urn:nl-eid-gdi:1.0:ServiceUUID\">"
                    + "<saml:AttributeValue>" + serviceUuids.get(i) + "</saml:AttributeValue></md:RequestedAttribute>");
            lines.add(indent + "</md:AttributeConsumingService>");
        }
        return lines;
    }

    static String validity(Optional<Instant> validUntil, Optional<String> cacheDuration) {
        return validUntil.map(until -> " validUntil=\"" + until + "\"").orElse("")
                + cacheDuration.map(duration -> " cacheDuration=\"" + duration + "\"").orElse("");
    }

    static String assertionConsumer(String baseUrl) {
        return "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact\""
                + " Location=\"" + baseUrl + "/saml/acs\" index=\"0\" isDefault=\"true\"/>";
    }

    /** A KeyDescriptor as TVS wants it: KeyName (lowercase hex SHA-1 thumbprint) and X509Data. */
    static String keyDescriptor(String use, X509Certificate certificate) {
        return keyDescriptor(Optional.of(use), certificate);
    }

    /** As above; without {@code use} the certificate is listed for signing and encryption alike. */
    static String keyDescriptor(Optional<String> use, X509Certificate certificate) {
        return "<md:KeyDescriptor" + use.map(value -> " use=\"" + value + "\"").orElse("") + "><ds:KeyInfo><ds:KeyName>" + keyName(certificate) + "</ds:KeyName>"
                + "<ds:X509Data><ds:X509Certificate>" + base64(certificate) + "</ds:X509Certificate></ds:X509Data>"
                + "</ds:KeyInfo></md:KeyDescriptor>";
    }

    /** The TVS convention for a KeyName: the certificate's SHA-1 thumbprint in lowercase hex. */
    public static String keyName(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-1 and certificate encoding are always available", e);
        }
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A generated certificate always encodes", e);
        }
    }
}
