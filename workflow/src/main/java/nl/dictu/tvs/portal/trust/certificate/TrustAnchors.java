package nl.dictu.tvs.portal.trust.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.openssl.PEMParser;

/**
 * The roots the applicant's certificate must chain to, and intermediates that may complete the chain.
 * <p>
 * Production: the PKIoverheid private roots side by side, <em>Staat der Nederlanden Private Root CA - G1</em>
 * (valid to 14 Nov 2028, SHA-256 fingerprint starting {@code 0257CE27}) and the G4 private roots
 * <em>Staat der Nederlanden - G4 Root Priv G-TLS - 2024</em> and <em>... G4 Root Priv G-Other - 2024</em>, loaded
 * with {@link #fromPemFiles(String)} from the file or files the operator configures (one PEM may hold several
 * certificates); none is in the JDK or the Mozilla trust store. Intermediates such as
 * <em>Staat der Nederlanden Private Services CA - G1</em> and the TSP CAs may be configured with
 * {@link #withIntermediates(List)}. A PKIoverheid TRIAL root ({@link #trialAnchors()}) is refused outside demo
 * mode. Demo mode adds the demo root of {@link nl.dictu.tvs.portal.trust.testpki.TestPki} with
 * {@link #plusAnchor(X509Certificate)}.
 */
public final class TrustAnchors {

    private static final java.util.regex.Pattern TRIAL =
            java.util.regex.Pattern.compile("\\bTRIAL\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> intermediates;
    private final List<X509CRL> crls;

    private TrustAnchors(List<X509Certificate> anchors, List<X509Certificate> intermediates, List<X509CRL> crls) {
        this.anchors = List.copyOf(anchors);
        this.intermediates = List.copyOf(intermediates);
        this.crls = List.copyOf(crls);
    }

    public static TrustAnchors of(List<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is needed");
        }
        return new TrustAnchors(anchors, List.of(), List.of());
    }

    /** Reads the anchors from a PEM file; a file without certificates is a configuration error. */
    public static TrustAnchors fromPemFile(Path pemFile) throws IOException {
        return of(readPem(Files.readAllBytes(pemFile), pemFile));
    }

    /**
     * Reads the anchors from one PEM file or from several, separated by commas (each may hold several
     * certificates); a file without certificates is a configuration error.
     */
    public static TrustAnchors fromPemFiles(String commaSeparatedPaths) throws IOException {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : paths(commaSeparatedPaths)) {
            all.addAll(readPem(Files.readAllBytes(file), file));
        }
        return of(all);
    }

    /** The files a setting names: one path, or several separated by commas (blanks around them ignored). */
    public static List<Path> paths(String commaSeparatedPaths) {
        return java.util.Arrays.stream(commaSeparatedPaths.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(Path::of).toList();
    }

    /**
     * The anchors that are PKIoverheid TRIAL roots (the word TRIAL in the subject): test certificates anybody
     * can obtain, so trusting one outside demo mode would let anybody pass the check.
     */
    public List<X509Certificate> trialAnchors() {
        return anchors.stream().filter(TrustAnchors::isTrial).toList();
    }

    static boolean isTrial(X509Certificate certificate) {
        return TRIAL.matcher(CertificateFacts.subject(certificate)).find();
    }

    public TrustAnchors withIntermediates(List<X509Certificate> more) {
        List<X509Certificate> all = new ArrayList<>(intermediates);
        all.addAll(more);
        return new TrustAnchors(anchors, all, crls);
    }

    public TrustAnchors withIntermediatesFromPemFile(Path pemFile) throws IOException {
        return withIntermediates(readPem(Files.readAllBytes(pemFile), pemFile));
    }

    public TrustAnchors plusAnchor(X509Certificate anchor) {
        List<X509Certificate> all = new ArrayList<>(anchors);
        all.add(anchor);
        return new TrustAnchors(all, intermediates, crls);
    }

    /**
     * CRLs the revocation check consults before going to the network (e.g. the TSP CRLs, downloaded by the
     * operator, or the test PKI's in tests). Used only when revocation checking is on.
     */
    public TrustAnchors withCrls(List<X509CRL> more) {
        List<X509CRL> all = new ArrayList<>(crls);
        all.addAll(more);
        return new TrustAnchors(anchors, intermediates, all);
    }

    /** Reads CRLs ({@code X509 CRL} blocks) from a PEM file; a file without CRLs is a configuration error. */
    public TrustAnchors withCrlsFromPemFile(Path pemFile) throws IOException {
        List<X509CRL> read = new ArrayList<>();
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(pemFile, StandardCharsets.US_ASCII))) {
            JcaX509CRLConverter converter = new JcaX509CRLConverter();
            Object object;
            while ((object = parser.readObject()) != null) {
                if (object instanceof X509CRLHolder holder) {
                    read.add(converter.getCRL(holder));
                }
            }
        } catch (CRLException e) {
            throw new IOException("Unreadable CRL in " + pemFile, e);
        }
        if (read.isEmpty()) {
            throw new IOException("No CRL (-----BEGIN X509 CRL-----) in " + pemFile);
        }
        return withCrls(read);
    }

    public List<X509CRL> crls() {
        return crls;
    }

    public Set<TrustAnchor> asPkixAnchors() {
        return anchors.stream().map(anchor -> new TrustAnchor(anchor, null))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    private static List<X509Certificate> readPem(byte[] content, Path source) throws IOException {
        CertificateReadResult result = new CertificateReader().read(content);
        if (result.problem().isPresent()) {
            throw new IOException("No readable certificate in " + source + ": " + result.problem().get().code());
        }
        return result.certificates();
    }
}
