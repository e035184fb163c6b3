package nl.dictu.tvs.portal.trust.metadata;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheckResult;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/**
 * Prints the median time of the full metadata check (with the checks on every listed certificate) beside the floor:
 * a bare Santuario verification (parse + verify) of the same document plus one PKIX validation per listed certificate
 * (parsed from its bytes, as received), and where the full check spends its time (one line per step). Bare and full are
 * measured in alternating rounds, so a change in machine load hits both alike; the figure per kind is the median
 * of the rounds' medians. Each run is timed twice: wall clock, and the CPU time of the benchmark thread, which
 * other processes on a shared machine do not inflate; the goal is judged on CPU time.
 * Run: {@code ./mvnw -q -pl workflow -am test-compile exec:java@trust-bench}.
 */
public final class MetadataCheckBenchmark {

    private static final String OIN = "00000001002220647000";
    // Warm-up by time, not by count: on two cores the JIT needs well over ten seconds to finish compiling the
    // parser, the schema validator and Santuario (3000 runs, about 2 s, left every figure 30-80 % too high).
    // On a machine loaded far beyond its cores the JIT threads starve: -Dtrust.bench.warmup.seconds lengthens it.
    private static final long WARM_UP_NANOS = Long.getLong("trust.bench.warmup.seconds", 20) * 1_000_000_000L;
    // On a machine loaded far beyond its cores even a long warm-up may leave too few runs for the JIT's thresholds:
    // -Dtrust.bench.warmup.runs sets a least number of warm-up runs per case (best with -Xbatch, see benchmarks.md).
    private static final int WARM_UP_RUNS = Integer.getInteger("trust.bench.warmup.runs", 0);
    private static final int STEP_WARM_UP = 3000;
    private static final int ROUNDS = 7;
    private static final int PER_ROUND = 300;
    private static final int CLUSTER_MEMBERS = 50;
    private static final int CLUSTER_PER_ROUND = 40;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MetadataCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if ("cluster".equals(System.getProperty("trust.bench.case"))) {
            clusterCase();
            return;
        }
        TestPki pki = TestPki.generate();
        IssuedCertificate signer = pki.organisationCertificate(OIN, "Gemeente Utrecht");
        IssuedCertificate encryption = pki.encryptionCertificate(OIN, "Gemeente Utrecht");
        // A typical DV document: a signing and a separate encryption certificate, SLO, one ServiceUUID.
        byte[] metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 9001).withSingleLogout()
                .withServiceUuids("6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")
                .build(signer.certificate(), encryption.certificate()), signer)
                .getBytes(StandardCharsets.UTF_8);
        MetadataCheck check = new MetadataCheck();
        TrustAnchors anchors = TrustAnchors.of(List.of(pki.root())).withIntermediates(List.of(pki.intermediate()));
        CertificateCheck certificates = new CertificateCheck(anchors);
        Instant at = Instant.now();
        MetadataCheckRequest request = new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, true, Set.of(),
                Optional.of(signer.certificate()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The bare baseline is as cheap as a careful caller can make it: one builder, one validator, one factory and
        // the validation parameters, all reused. Each listed certificate is validated as received: parsed from its
        // bytes in every run, as any check of an uploaded document must (a certificate object validated before
        // answers from the JDK's cache of its last signature verification and would make the floor no real work).
        DocumentBuilder builder = factory.newDocumentBuilder();
        PublicKey key = signer.certificate().getPublicKey();
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        CertificateFactory certificateFactory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(anchors.asPkixAnchors());
        parameters.setRevocationEnabled(false);
        List<byte[]> listed = List.of(signer.certificate().getEncoded(), encryption.certificate().getEncoded());
        Runnable pkix = validationsAsReceived(listed, pki.intermediate(), certificateFactory, validator, parameters);

        Runnable bare = () -> {
            bareVerification(builder, metadata, key);
            pkix.run();
        };
        Runnable full = passing(check, metadata, request, certificates, at);
        int warmUpRuns = warmUp(bare, full);
        long[][] wall = new long[2][ROUNDS];
        long[][] cpu = new long[2][ROUNDS];
        long[] allocated = new long[2];
        for (int round = 0; round < ROUNDS; round++) {
            long[] bareRound = medianOfRuns(bare);
            long[] fullRound = medianOfRuns(full);
            wall[0][round] = bareRound[0];
            cpu[0][round] = bareRound[1];
            wall[1][round] = fullRound[0];
            cpu[1][round] = fullRound[1];
            allocated[0] = bareRound[2];
            allocated[1] = fullRound[2];
        }
        System.out.printf("metadata bytes: %d; %d rounds of %d runs each, after %d warm-up runs%n", metadata.length, ROUNDS,
                PER_ROUND, warmUpRuns);
        System.out.printf("                                               wall clock   thread CPU   allocated%n");
        System.out.printf("bare verification + %d PKIX validations:        %7.3f ms   %7.3f ms   %6d KiB%n", listed.size(), median(wall[0]) / 1e6,
                median(cpu[0]) / 1e6, allocated[0] / 1024);
        System.out.printf("full metadata check (end to end):              %7.3f ms   %7.3f ms   %6d KiB%n", median(wall[1]) / 1e6,
                median(cpu[1]) / 1e6, allocated[1] / 1024);
        System.out.printf("ratio full/bare:                               %7.2f      %7.2f    (goal: below 2, on CPU time)%n",
                (double) median(wall[1]) / median(wall[0]), (double) median(cpu[1]) / median(cpu[0]));
        System.out.println("where the full check spends its time (thread CPU, median per step):");
        steps(metadata, request, certificates, at).forEach((step, nanos) -> System.out.printf("  %-38s %.3f ms%n", step, nanos / 1e6));
        clusterCase();
    }

    /**
     * Cluster metadata of a supplier serving {@value #CLUSTER_MEMBERS} organisations (§8.4): the full check of the
     * document against a floor of its bare Santuario verification plus one PKIX validation per DV certificate (the
     * certificate work a full check does at the least); goal below 2 on thread CPU time. Run alone with
     * {@code -Dtrust.bench.case=cluster}.
     */
    private static void clusterCase() throws Exception {
        TestPki pki = TestPki.generate();
        List<ClusterMember> members = IntStream.rangeClosed(1, CLUSTER_MEMBERS).mapToObj(ClusterMember::demo).toList();
        ClusterCredentials cluster = pki.clusterCredentials(OIN, "SaaS Leverancier", 9001, members, false);
        byte[] metadata = cluster.signedMetadata().getBytes(StandardCharsets.UTF_8);
        MetadataCheck check = new MetadataCheck();
        TrustAnchors anchors = TrustAnchors.of(List.of(pki.root())).withIntermediates(List.of(pki.intermediate()));
        CertificateCheck certificates = new CertificateCheck(anchors);
        Instant at = Instant.now();
        MetadataCheckRequest request = new MetadataCheckRequest(OIN, Environment.PREPRODUCTION, false, Set.of(),
                Optional.of(cluster.supplierCertificate().certificate()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        PublicKey key = cluster.supplierCertificate().certificate().getPublicKey();
        CertificateFactory certificateFactory = CertificateFactory.getInstance("X.509");
        // The certificate work a full check does at the least: one PKIX validation per listed certificate, each
        // parsed from its bytes in every run (see the single case).
        List<byte[]> listed = new ArrayList<>();
        listed.add(cluster.supplierCertificate().certificate().getEncoded());
        for (IssuedCertificate member : cluster.memberEncryption().values()) {
            listed.add(member.certificate().getEncoded());
        }
        PKIXParameters parameters = new PKIXParameters(anchors.asPkixAnchors());
        parameters.setRevocationEnabled(false);
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");

        Runnable bare = () -> bareVerification(builder, metadata, key);
        Runnable pkix = validationsAsReceived(listed, pki.intermediate(), certificateFactory, validator, parameters);
        Runnable floor = () -> {
            bare.run();
            pkix.run();
        };
        Runnable full = passing(check, metadata, request, certificates, at);
        int warmUpRuns = warmUp(floor, full);
        long[][] cpu = new long[4][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            cpu[0][round] = medianOfRuns(bare, CLUSTER_PER_ROUND)[1];
            cpu[1][round] = medianOfRuns(pkix, CLUSTER_PER_ROUND)[1];
            cpu[2][round] = medianOfRuns(floor, CLUSTER_PER_ROUND)[1];
            cpu[3][round] = medianOfRuns(full, CLUSTER_PER_ROUND)[1];
        }
        System.out.printf("cluster metadata: %d DVs, %d bytes; %d rounds of %d runs each, after %d warm-up runs (thread CPU, median)%n",
                CLUSTER_MEMBERS, metadata.length, ROUNDS, CLUSTER_PER_ROUND, warmUpRuns);
        System.out.printf("  bare Santuario verification:              %7.3f ms%n", median(cpu[0]) / 1e6);
        System.out.printf("  %d PKIX validations:                      %7.3f ms%n", listed.size(), median(cpu[1]) / 1e6);
        System.out.printf("  floor (bare + PKIX, one run):             %7.3f ms%n", median(cpu[2]) / 1e6);
        System.out.printf("  full cluster check:                       %7.3f ms%n", median(cpu[3]) / 1e6);
        System.out.printf("  ratio full/floor: %.2f (goal: below 2); full/bare: %.2f%n",
                (double) median(cpu[3]) / median(cpu[2]), (double) median(cpu[3]) / median(cpu[0]));
        System.out.println("where the full cluster check spends its time (thread CPU, median per step):");
        steps(metadata, request, certificates, at).forEach((step, nanos) -> System.out.printf("  %-38s %.3f ms%n", step, nanos / 1e6));
    }

    /**
     * The thread CPU time of each step of the full check, measured in one loop that runs the steps in their real
     * order on each document: timed one by one in loops of their own, the steps look several times cheaper than
     * they are inside the check (their data and code stay in the CPU caches).
     */
    private static Map<String, Long> steps(byte[] metadata, MetadataCheckRequest request, CertificateCheck certificates, Instant at) {
        SecureXmlParser parser = new SecureXmlParser();
        String[] names = {"hardened parse + schema (one pass)", "signature shape (IDs, references)", "Santuario verification",
                "DV rules + summary", "listed certificates (path + properties)"};
        long[][] times = new long[names.length][PER_ROUND];
        for (int i = 0; i < STEP_WARM_UP + PER_ROUND; i++) {
            long[] marks = new long[names.length + 1];
            marks[0] = THREADS.getCurrentThreadCpuTime();
            Document document = parser.parse(metadata).document().orElseThrow();
            marks[1] = THREADS.getCurrentThreadCpuTime();
            SignatureStructure.check(document);
            marks[2] = THREADS.getCurrentThreadCpuTime();
            VerifiedMetadata verified = SignatureVerifier.verify(document, request.pkioverheidCertificate()).metadata().orElseThrow();
            marks[3] = THREADS.getCurrentThreadCpuTime();
            if (verified.isCluster()) {
                ClusterMetadataRules.check(verified, request);
                ClusterMetadataRules.summary(verified);
            } else {
                DvMetadataRules.check(verified, request);
                MetadataSummary.of(verified).asFinding();
            }
            marks[4] = THREADS.getCurrentThreadCpuTime();
            if (verified.isCluster()) {
                // As MetadataCheck does: one record of the parsed certificates for the whole document.
                MetadataCertificateRules.ParsedCertificates parsed = new MetadataCertificateRules.ParsedCertificates(verified);
                for (VerifiedMetadata entity : verified.entities()) {
                    String oin = entity.parsedEntityId().map(EntityId::oin).orElse(request.applicantOin());
                    MetadataCertificateRules.check(entity, parsed, certificates, List.of(), oin, Optional.of(entity.entityId()),
                            new CertificateCheckResult(List.of(), Optional.empty()), at);
                }
            } else {
                MetadataCertificateRules.check(verified, certificates, List.of(), request.applicantOin(), at);
            }
            marks[5] = THREADS.getCurrentThreadCpuTime();
            if (i >= STEP_WARM_UP) {
                for (int step = 0; step < names.length; step++) {
                    times[step][i - STEP_WARM_UP] = marks[step + 1] - marks[step];
                }
            }
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        for (int step = 0; step < names.length; step++) {
            steps.put(names[step], median(times[step]));
        }
        return steps;
    }

    /** The full check, which must find no error in the benchmark's compliant document. */
    private static Runnable passing(MetadataCheck check, byte[] metadata, MetadataCheckRequest request, CertificateCheck certificates,
            Instant at) {
        return () -> {
            if (check.check(metadata, request, certificates, at).findings().stream().anyMatch(Finding::isError)) {
                throw new IllegalStateException("the benchmark's metadata must pass");
            }
        };
    }

    /** Runs both alternately for the warm-up time and at least the warm-up runs; returns the number of runs of each. */
    private static int warmUp(Runnable floor, Runnable full) {
        int runs = 0;
        for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end || runs < WARM_UP_RUNS; runs++) {
            floor.run();
            full.run();
        }
        return runs;
    }

    /** One PKIX validation per certificate, each parsed from its bytes first and completed by the intermediate. */
    private static Runnable validationsAsReceived(List<byte[]> endEntities, X509Certificate intermediate,
            CertificateFactory certificateFactory, CertPathValidator validator, PKIXParameters parameters) {
        return () -> {
            try {
                for (byte[] der : endEntities) {
                    X509Certificate received = (X509Certificate) certificateFactory.generateCertificate(new ByteArrayInputStream(der));
                    validator.validate(certificateFactory.generateCertPath(List.of(received, intermediate)), parameters);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("benchmark certificates must validate", e);
            }
        };
    }

    private static void bareVerification(DocumentBuilder builder, byte[] metadata, PublicKey key) {
        try {
            builder.reset();
            Document document = builder.parse(new ByteArrayInputStream(metadata));
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

    /** Medians of one round: [0] = wall clock, [1] = thread CPU time; [2] = bytes allocated per run (mean). */
    private static long[] medianOfRuns(Runnable task) {
        return medianOfRuns(task, PER_ROUND);
    }

    private static long[] medianOfRuns(Runnable task, int runs) {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long allocatedBefore = allocatedBytes();
        for (int i = 0; i < runs; i++) {
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.run();
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
        }
        return new long[] {median(wall), median(cpu), (allocatedBytes() - allocatedBefore) / runs};
    }

    /** Bytes this thread allocated so far; garbage the other checks leave drives the GC pauses wall clock shows. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun
                ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
