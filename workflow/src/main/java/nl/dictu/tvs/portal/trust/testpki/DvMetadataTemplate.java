package nl.dictu.tvs.portal.trust.testpki;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Unsigned metadata of a dienstverlener (DV): an EntityDescriptor with entityID
 * {@code urn:nl-eid-gdi:1.0:DV:<OIN>:entities:<index>}, an SPSSODescriptor with a signing KeyDescriptor, an
 * HTTPS AssertionConsumerService, and optionally a SingleLogoutService and ServiceUUIDs.
 */
public final class DvMetadataTemplate {

    private final String oin;
    private final int index;
    private final boolean singleLogout;
    private final List<String> serviceUuids;
    private final String baseUrl;

    private DvMetadataTemplate(String oin, int index, boolean singleLogout, List<String> serviceUuids, String baseUrl) {
        this.oin = oin;
        this.index = index;
        this.singleLogout = singleLogout;
        this.serviceUuids = List.copyOf(serviceUuids);
        this.baseUrl = baseUrl;
    }

    public static DvMetadataTemplate forOin(String oin, int index) {
        return new DvMetadataTemplate(oin, index, false, List.of(), "https://diensten.example.nl");
    }

    public DvMetadataTemplate withSingleLogout() {
        return new DvMetadataTemplate(oin, index, true, serviceUuids, baseUrl);
    }

    public DvMetadataTemplate withServiceUuids(String... uuids) {
        return new DvMetadataTemplate(oin, index, singleLogout, List.of(uuids), baseUrl);
    }

    public DvMetadataTemplate withBaseUrl(String url) {
        return new DvMetadataTemplate(oin, index, singleLogout, serviceUuids, url);
    }

    public String entityId() {
        return "urn:nl-eid-gdi:1.0:DV:" + oin + ":entities:" + index;
    }

    public String build(X509Certificate signingCertificate) {
        return build(signingCertificate, List.of());
    }

    /** The metadata with more KeyDescriptors after the signing one, in the given order (e.g. encryption, rollover). */
    public String build(X509Certificate signingCertificate, List<KeyDescriptorCertificate> moreKeyDescriptors) {
        List<String> lines = new ArrayList<>();
        lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        lines.add("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"_" + UUID.randomUUID() + "\" entityID=\"" + entityId() + "\">");
        lines.add("  <md:SPSSODescriptor AuthnRequestsSigned=\"true\" WantAssertionsSigned=\"true\""
                + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">");
        lines.add("    <md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
                + base64(signingCertificate) + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>");
        for (KeyDescriptorCertificate more : moreKeyDescriptors) {
            lines.add("    <md:KeyDescriptor" + more.use().map(use -> " use=\"" + use + "\"").orElse("") + "><ds:KeyInfo><ds:X509Data>"
                    + "<ds:X509Certificate>" + base64(more.certificate()) + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>");
        }
        if (singleLogout) {
            lines.add("    <md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
                    + " Location=\"" + baseUrl + "/saml/logout\"/>");
        }
        lines.add("    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact\""
                + " Location=\"" + baseUrl + "/saml/acs\" index=\"0\" isDefault=\"true\"/>");
        for (int i = 0; i < serviceUuids.size(); i++) {
            lines.add("    <md:AttributeConsumingService index=\"" + i + "\">");
            lines.add("      <md:ServiceName xml:lang=\"nl\">Dienst " + (i + 1) + "</md:ServiceName>");
            lines.add("      <md:RequestedAttribute Name=\"urn:nl-eid-gdi:1.0:ServiceUUID\">"
                    + "<saml:AttributeValue>" + serviceUuids.get(i) + "</saml:AttributeValue></md:RequestedAttribute>");
            lines.add("    </md:AttributeConsumingService>");
        }
        lines.add("  </md:SPSSODescriptor>");
        lines.add("  <md:Organization><md:OrganizationName xml:lang=\"nl\">Demo</md:OrganizationName>"
                + "<md:OrganizationDisplayName xml:lang=\"nl\">Demo</md:OrganizationDisplayName>"
                + "<md:OrganizationURL xml:lang=\"nl\">" + baseUrl + "</md:OrganizationURL></md:Organization>");
        lines.add("</md:EntityDescriptor>");
        return String.join("\n", lines) + "\n";
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A generated certificate always encodes", e);
        }
    }
}
