package nl.dictu.tvs.portal.trust.metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * Prints the median time of the full metadata check beside the time of a bare Santuario verification (parse +
 * verify) of the same document, and where the full check spends its time (one line per step). Bare and full are
 * measured in alternating rounds, so a change in machine load hits both alike; the figure per kind is the median
 * of the rounds' medians. Run: {@code ./mvnw -q -pl workflow -am test-compile exec:java@trust-bench}.
 */
public final class MetadataCheckBenchmark {

    private static final String OIN = "00000001002220647000";
    private static final int WARM_UP = 500;
    private static final int ROUNDS = 7;
    private static final int PER_ROUND = 300;

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

        Runnable bare = () -> bareVerification(factory, metadata, key);
        Runnable full = () -> {
            if (check.check(metadata, request).findings().stream().anyMatch(f -> f.isError())) {
                throw new IllegalStateException("benchmark document must pass");
            }
        };
        long[][] medians = alternating(bare, full);
        long bareMedian = median(medians[0]);
        long fullMedian = median(medians[1]);
        System.out.printf("metadata bytes: %d; %d rounds of %d runs each, after %d warm-up runs%n", metadata.length, ROUNDS,
                PER_ROUND, WARM_UP);
        System.out.printf("bare Santuario verification (parse + verify): median %.3f ms%n", bareMedian / 1e6);
        System.out.printf("full metadata check (end to end):             median %.3f ms%n", fullMedian / 1e6);
        System.out.printf("ratio full/bare: %.2f (goal: below 2)%n", (double) fullMedian / bareMedian);
        System.out.println("where the full check spends its time (median per step):");
        steps(metadata, request).forEach((step, nanos) -> System.out.printf("  %-38s %.3f ms%n", step, nanos / 1e6));
    }

    /** Medians per round: [0] = bare, [1] = full. */
    private static long[][] alternating(Runnable bare, Runnable full) {
        for (int i = 0; i < WARM_UP; i++) {
            bare.run();
            full.run();
        }
        long[][] medians = new long[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            medians[0][round] = medianOfRuns(bare);
            medians[1][round] = medianOfRuns(full);
        }
        return medians;
    }

    private static Map<String, Long> steps(byte[] metadata, MetadataCheckRequest request) {
        SecureXmlParser parser = new SecureXmlParser();
        Map<String, Long> steps = new LinkedHashMap<>();
        steps.put("hardened parse (size, UTF-8, DOM)", medianOf(() -> parser.parse(metadata)));
        Supplier<Document> parsed = () -> parser.parse(metadata).document().orElseThrow();
        steps.put("signature shape (IDs, references)", medianOf(parsed, SignatureStructure::check));
        steps.put("Santuario verification", medianOf(parsed,
                document -> SignatureVerifier.verify(document, request.pkioverheidCertificate())));
        steps.put("schema validation", medianOf(() -> MetadataSchema.validate(metadata)));
        VerifiedMetadata verified = SignatureVerifier.verify(parsed.get(), request.pkioverheidCertificate()).metadata().orElseThrow();
        steps.put("DV rules + summary", medianOf(() -> {
            DvMetadataRules.check(verified, request);
            MetadataSummary.of(verified);
        }));
        return steps;
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

    /** The median of one step, each run on a freshly parsed document (the parse is not counted). */
    private static <T> long medianOf(Supplier<T> input, java.util.function.Consumer<T> step) {
        long[] times = new long[PER_ROUND];
        for (int i = 0; i < WARM_UP + PER_ROUND; i++) {
            T value = input.get();
            long start = System.nanoTime();
            step.accept(value);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        return median(times);
    }

    private static long medianOf(Runnable step) {
        for (int i = 0; i < WARM_UP; i++) {
            step.run();
        }
        return medianOfRuns(step);
    }

    private static long medianOfRuns(Runnable task) {
        long[] times = new long[PER_ROUND];
        for (int i = 0; i < PER_ROUND; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        return median(times);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
