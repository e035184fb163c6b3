package nl.dictu.tvs.portal.trust.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheckRequest;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * Prints the median time of the full metadata check beside the time of a bare Santuario verification
 * (parse + verify) of the same document. Run: {@code ./mvnw -q -pl workflow test-compile exec:java@trust-bench}.
 */
public final class MetadataCheckBenchmark {

    private static final String OIN = "00000001002220647000";
    private static final int WARM_UP = 300;
    private static final int MEASURED = 1000;

    private MetadataCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        IssuedCertificate signer = TestPki.generate().organisationCertificate(OIN, "Gemeente Utrecht");
        byte[] metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 9001).withSingleLogout()
                .withServiceUuids("6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b").build(signer.certificate()), signer)
                .getBytes(StandardCharsets.UTF_8);
        MetadataCheck check = new MetadataCheck();
        MetadataCheckRequest request = new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, true, Set.of(),
                Optional.of(signer.certificate()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        PublicKey key = signer.certificate().getPublicKey();

        long bare = median(() -> bareVerification(factory, metadata, key));
        long verifyOnly = median(() -> check.verify(metadata, Optional.of(signer.certificate())));
        long full = median(() -> {
            if (check.check(metadata, request).findings().stream().anyMatch(f -> f.isError())) {
                throw new IllegalStateException("benchmark document must pass");
            }
        });
        System.out.printf("metadata bytes: %d%n", metadata.length);
        System.out.printf("bare Santuario verification (parse + verify): median %.3f ms%n", bare / 1e6);
        System.out.printf("full metadata check (end to end):          median %.3f ms%n", full / 1e6);
        System.out.printf("  of which parse + structure + verify + schema: median %.3f ms%n", verifyOnly / 1e6);
        System.out.printf("ratio full/bare: %.2f%n", (double) full / bare);
    }

    private static void bareVerification(DocumentBuilderFactory factory, byte[] metadata, PublicKey key) {
        try {
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(metadata));
            Element root = document.getDocumentElement();
            root.setIdAttributeNS(null, "ID", true);
            Element signature = (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
            if (!new XMLSignature(signature, "", true).checkSignatureValue(key)) {
                throw new IllegalStateException("benchmark signature must verify");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(Runnable task) {
        for (int i = 0; i < WARM_UP; i++) {
            task.run();
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[MEASURED / 2];
    }
}
