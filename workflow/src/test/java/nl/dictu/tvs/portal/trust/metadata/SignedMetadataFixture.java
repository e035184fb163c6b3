package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;

/** Signed DV metadata made with the shared test PKI, and the request it passes. */
final class SignedMetadataFixture {

    static final String SERVICE_UUID = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private static final Pattern SIGNATURE = Pattern.compile("<ds:Signature.*?</ds:Signature>", Pattern.DOTALL);

    private SignedMetadataFixture() {
    }

    static DvMetadataTemplate template() {
        return DvMetadataTemplate.forOin(TestResources.OIN, 9001).withSingleLogout().withServiceUuids(SERVICE_UUID);
    }

    static String signed() {
        return signed(template(), TestResources.organisation());
    }

    static String signed(DvMetadataTemplate template, IssuedCertificate signer) {
        return MetadataSigner.sign(unsigned(template, signer), signer);
    }

    /** The template with this signing certificate and the organisation's separate encryption certificate. */
    static String unsigned(DvMetadataTemplate template, IssuedCertificate signer) {
        return template.build(signer.certificate(), TestResources.encryption().certificate());
    }

    static MetadataCheckRequest request() {
        return request(TestResources.organisation().certificate());
    }

    static MetadataCheckRequest request(X509Certificate pkioverheid) {
        return new MetadataCheckRequest(TestResources.OIN, Environment.PREPRODUCTION, true, Set.of(), Optional.of(pkioverheid));
    }

    static String signatureOf(String xml) {
        Matcher matcher = SIGNATURE.matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no signature");
        }
        return matcher.group();
    }

    static String withoutSignature(String xml) {
        return xml.replace(signatureOf(xml), "");
    }

    static String body(String xml) {
        return xml.substring(xml.indexOf("<md:EntityDescriptor"));
    }

    static String rootId(String xml) {
        Matcher matcher = Pattern.compile(" ID=\"([^\"]+)\"").matcher(xml);
        matcher.find();
        return matcher.group(1);
    }
}
