package nl.dictu.tvs.portal.trust.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.dictu.tvs.portal.trust.metadata.SignedMetadataFixture.body;
import static nl.dictu.tvs.portal.trust.metadata.SignedMetadataFixture.rootId;
import static nl.dictu.tvs.portal.trust.metadata.SignedMetadataFixture.signatureOf;
import static nl.dictu.tvs.portal.trust.metadata.SignedMetadataFixture.withoutSignature;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.dictu.tvs.portal.trust.TestResources;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;

class HostileMetadataTest {

    private static final String MD = "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"";
    private static final String EVIL = "<md:EntityDescriptor " + MD + " ID=\"_evil\" entityID=\"urn:nl-eid-gdi:1.0:DV:"
            + TestResources.OIN + ":entities:9666\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
            + "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact\" Location=\"https://evil.example/acs\" index=\"0\"/>"
            + "</md:SPSSODescriptor></md:EntityDescriptor>";

    private final MetadataCheck check = new MetadataCheck();

    @Test
    void shouldAcceptCorrectlySignedMetadataWithoutErrors() {
        // given
        byte[] metadata = SignedMetadataFixture.signed().getBytes(StandardCharsets.UTF_8);

        // when
        MetadataCheckResult result = check.check(metadata, SignedMetadataFixture.request());

        // then
        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(result.summary().orElseThrow().entityId()).isEqualTo(SignedMetadataFixture.template().entityId());
        assertThat(result.summary().orElseThrow().serviceUuids()).containsExactly(SignedMetadataFixture.SERVICE_UUID);
    }

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                text("wrapped root, original moved into Extensions", xml -> EVIL.replace("<md:SPSSODescriptor",
                        "<md:Extensions>" + body(xml) + "</md:Extensions><md:SPSSODescriptor"), FindingCode.METADATA_NESTED_ENTITY_DESCRIPTOR),
                text("signature moved to the new root, original in Extensions", xml -> EVIL.replace(" ID=\"_evil\"", " ID=\"" + rootId(xml) + "x\"")
                        .replace("<md:SPSSODescriptor", signatureOf(xml) + "<md:Extensions>" + withoutSignature(body(xml))
                                + "</md:Extensions><md:SPSSODescriptor"), FindingCode.METADATA_NESTED_ENTITY_DESCRIPTOR),
                text("duplicate ID on another element", xml -> xml.replace("<md:SPSSODescriptor",
                        "<md:Extensions><x:Foo xmlns:x=\"urn:x\" ID=\"" + rootId(xml) + "\"/></md:Extensions><md:SPSSODescriptor"),
                        FindingCode.METADATA_ID_DUPLICATE),
                text("root ID changed so the reference points elsewhere", xml -> xml.replace(" ID=\"" + rootId(xml) + "\"", " ID=\"_other\""),
                        FindingCode.METADATA_SIGNATURE_REFERENCE_INVALID),
                text("root ID removed", xml -> xml.replace(" ID=\"" + rootId(xml) + "\"", ""), FindingCode.METADATA_ID_MISSING),
                text("signature moved to a child element", xml -> withoutSignature(xml).replaceFirst("(<md:SPSSODescriptor[^>]*>)",
                        "$1" + java.util.regex.Matcher.quoteReplacement(signatureOf(xml))), FindingCode.METADATA_SIGNATURE_NOT_ON_ROOT),
                text("second EntityDescriptor beside the signed one", xml -> "<md:EntitiesDescriptor " + MD + ">" + body(xml) + EVIL
                        + "</md:EntitiesDescriptor>", FindingCode.METADATA_ROOT_IS_ENTITIES_DESCRIPTOR),
                text("comment inside a signed value", xml -> xml.replace(">Demo</md:OrganizationName>", ">De<!-- -->mo</md:OrganizationName>"),
                        FindingCode.METADATA_COMMENT_IN_SIGNED_CONTENT),
                text("md prefix rebound to another namespace", xml -> xml.replaceFirst(java.util.regex.Pattern.quote(MD),
                        "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata:evil\""), FindingCode.METADATA_ROOT_NOT_ENTITY_DESCRIPTOR),
                text("signature stripped", SignedMetadataFixture::withoutSignature, FindingCode.METADATA_SIGNATURE_MISSING),
                text("signature duplicated", xml -> xml.replace(signatureOf(xml), signatureOf(xml) + signatureOf(xml)),
                        FindingCode.METADATA_SIGNATURE_MULTIPLE),
                text("SHA-1 signature method", xml -> xml.replace("xmldsig-more#rsa-sha256", "xmldsig#rsa-sha1")
                        .replace("http://www.w3.org/2001/04/xmldsig-more#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
                        FindingCode.METADATA_SIGNATURE_ALGORITHM_WEAK),
                text("extra XPath transform", xml -> xml.replace("</ds:Transforms>",
                        "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>1</ds:XPath></ds:Transform></ds:Transforms>"),
                        FindingCode.METADATA_SIGNATURE_TRANSFORM_NOT_ALLOWED),
                text("one character changed in the entityID", xml -> xml.replace(":entities:9001", ":entities:9002"),
                        FindingCode.METADATA_SIGNATURE_INVALID),
                text("one character changed in an endpoint", xml -> xml.replace("/saml/acs", "/saml/acz"), FindingCode.METADATA_SIGNATURE_INVALID),
                text("DOCTYPE with external entity (XXE)", xml -> xml.replace("<md:EntityDescriptor",
                        "<!DOCTYPE md:EntityDescriptor [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><md:EntityDescriptor"),
                        FindingCode.METADATA_DOCTYPE_FORBIDDEN),
                text("billion laughs", xml -> "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>", FindingCode.METADATA_DOCTYPE_FORBIDDEN),
                text("not XML", xml -> "%PDF-1.4 this is not metadata", FindingCode.METADATA_NOT_XML),
                text("truncated", xml -> xml.substring(0, xml.length() / 2), FindingCode.METADATA_NOT_WELL_FORMED),
                text("declared encoding is not UTF-8", xml -> "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body(xml),
                        FindingCode.METADATA_ENCODING_INVALID),
                bytes("UTF-16 encoded", xml -> xml.getBytes(StandardCharsets.UTF_16), FindingCode.METADATA_ENCODING_INVALID),
                bytes("Latin-1 bytes in a UTF-8 document", xml -> xml.replace(">Demo<", ">Caf\u00e9<").getBytes(StandardCharsets.ISO_8859_1),
                        FindingCode.METADATA_ENCODING_INVALID),
                bytes("NUL byte in an ASCII document", xml -> xml.replace(">Demo<", ">De\u0000mo<").getBytes(StandardCharsets.US_ASCII),
                        FindingCode.METADATA_ENCODING_INVALID),
                bytes("larger than 1 MiB", xml -> (xml + " ".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8), FindingCode.METADATA_TOO_LARGE),
                bytes("empty", xml -> new byte[0], FindingCode.METADATA_MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void shouldRejectHostileOrBrokenMetadataWithItsOwnFinding(String name, Function<String, byte[]> mutation, FindingCode expected) {
        // given
        byte[] hostile = mutation.apply(SignedMetadataFixture.signed());

        // when
        MetadataCheckResult result = check.check(hostile, SignedMetadataFixture.request());

        // then
        assertThat(result.summary()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code).containsExactly(expected);
    }

    @Test
    void shouldNeverFetchASchemaTheDocumentNames() throws Exception {
        // given: a signed document whose root and extension point the schema validator at a local server
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
            String unsigned = SignedMetadataFixture.unsigned(SignedMetadataFixture.template(), TestResources.organisation())
                    .replace("<md:EntityDescriptor ", "<md:EntityDescriptor" + xsi + " xsi:schemaLocation=\"urn:oasis:names:tc:SAML:2.0:metadata "
                            + base + "/metadata.xsd\" ")
                    .replace("<md:SPSSODescriptor", "<md:Extensions><x:Foo xmlns:x=\"urn:x\"" + xsi
                            + " xsi:schemaLocation=\"urn:x " + base + "/x.xsd\"/></md:Extensions><md:SPSSODescriptor");
            byte[] metadata = MetadataSigner.sign(unsigned, TestResources.organisation()).getBytes(StandardCharsets.UTF_8);

            // when
            MetadataCheckResult result = check.check(metadata, SignedMetadataFixture.request());

            // then: validated against the shipped schema only, and nothing was fetched
            assertThat(requests).hasValue(0);
            assertThat(result.findings()).noneMatch(Finding::isError);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldRejectMetadataSignedWithAnotherValidCertificate() {
        // given
        IssuedCertificate other = TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        byte[] metadata = SignedMetadataFixture.signed(SignedMetadataFixture.template(), other).getBytes(StandardCharsets.UTF_8);

        // when
        MetadataCheckResult result = check.check(metadata, SignedMetadataFixture.request());

        // then
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_SIGNING_CERTIFICATE_MISMATCH);
    }

    @Test
    void shouldRejectSignatureWhoseKeyInfoCarriesAnotherCertificate() {
        // given
        IssuedCertificate other = TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        String unsigned = SignedMetadataFixture.unsigned(SignedMetadataFixture.template(), TestResources.organisation());
        byte[] metadata = MetadataSigner.sign(unsigned, other).getBytes(StandardCharsets.UTF_8);

        // when
        MetadataCheckResult result = check.check(metadata, SignedMetadataFixture.request());

        // then
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_KEYINFO_CERTIFICATE_MISMATCH);
    }

    @Test
    void shouldRejectSignatureMadeWithAnotherKeyBehindABareKeyInfo() {
        // given
        IssuedCertificate other = TestResources.pki().organisationCertificate(TestResources.OIN, TestResources.ORGANISATION);
        String unsigned = SignedMetadataFixture.unsigned(SignedMetadataFixture.template(), TestResources.organisation());
        byte[] metadata = MetadataSigner.sign(unsigned, other.privateKey(), null).getBytes(StandardCharsets.UTF_8);

        // when
        MetadataCheckResult result = check.check(metadata, SignedMetadataFixture.request());

        // then
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.METADATA_SIGNATURE_INVALID);
    }

    private static Arguments text(String name, Function<String, String> mutation, FindingCode expected) {
        Function<String, byte[]> toBytes = xml -> mutation.apply(xml).getBytes(StandardCharsets.UTF_8);
        return Arguments.of(name, toBytes, expected);
    }

    private static Arguments bytes(String name, Function<String, byte[]> mutation, FindingCode expected) {
        return Arguments.of(name, mutation, expected);
    }
}
