package nl.dictu.tvs.portal.trust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.TrustCheckInput;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCsvImport;
import nl.dictu.tvs.portal.trust.alb.AlbImportResult;
import nl.dictu.tvs.portal.trust.alb.InMemoryAlbRegister;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.config.TrustAnchorRequirement;
import nl.dictu.tvs.portal.trust.finding.CheckReport;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.ReportJson;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/** {@code java -jar tvs-check.jar ...}: runs the trust checks on files and prints the findings as JSON. */
public final class TrustCheckCommand {

    static final int OK = 0;
    static final int ERRORS_FOUND = 1;
    static final int UNUSABLE_INPUT = 2;

    private TrustCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(CommandLine.USAGE);
            return UNUSABLE_INPUT;
        }
        try {
            List<Finding> findings = check(commandLine);
            out.println(ReportJson.writeFindings(findings, commandLine.locale()));
            return findings.stream().anyMatch(Finding::isError) ? ERRORS_FOUND : OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(CommandLine.USAGE);
            return UNUSABLE_INPUT;
        } catch (IOException e) {
            err.println("Cannot read input: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return UNUSABLE_INPUT;
        }
    }

    private static List<Finding> check(CommandLine commandLine) throws IOException, UsageException {
        Optional<byte[]> certificate = read(commandLine.certificate());
        Optional<byte[]> metadata = read(commandLine.metadata());
        List<Finding> findings = new ArrayList<>();
        Optional<AlbCheck> albCheck = Optional.empty();
        if (commandLine.alb().isPresent()) {
            AlbImportResult imported = new AlbCsvImport(commandLine.demo()).read(readFile(commandLine.alb().get()));
            findings.addAll(imported.problems());
            if (imported.isAccepted()) {
                albCheck = Optional.of(new AlbCheck(new InMemoryAlbRegister(imported.entries())));
            }
        }
        TrustCheck trustCheck = new TrustCheck(new OinCheck(commandLine.demo()), Optional.of(certificateCheck(commandLine)),
                new MetadataCheck(), albCheck, Clock.systemUTC());
        TrustCheckInput input = new TrustCheckInput(commandLine.oin(), certificate, metadata,
                commandLine.environment(), commandLine.eenmaligInloggen(), Set.of(), commandLine.serviceUuidMode());
        CheckReport report = trustCheck.run(input, commandLine.at().orElseGet(Instant::now));
        findings.addAll(report.findings());
        return findings;
    }

    private static CertificateCheck certificateCheck(CommandLine commandLine) throws IOException, UsageException {
        for (Path file : TrustAnchors.paths(commandLine.trustAnchors())) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("no such file: " + file);
            }
        }
        TrustAnchors anchors = TrustAnchors.fromPemFiles(commandLine.trustAnchors());
        if (!commandLine.demo()) {
            Optional<String> trial = TrustAnchorRequirement.trialProblem(anchors, "--trust-anchors");
            if (trial.isPresent()) {
                throw new UsageException(trial.get());
            }
        }
        if (commandLine.intermediates().isPresent()) {
            anchors = anchors.withIntermediatesFromPemFile(commandLine.intermediates().get());
        }
        return new CertificateCheck(anchors);
    }

    private static Optional<byte[]> read(Optional<Path> file) throws IOException {
        return file.isPresent() ? Optional.of(readFile(file.get())) : Optional.empty();
    }

    private static byte[] readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        // Read one byte past the cap so the checks can say "too large" without loading a huge file.
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SizeLimit.MAX_UPLOAD_BYTES + 1);
        }
    }
}
