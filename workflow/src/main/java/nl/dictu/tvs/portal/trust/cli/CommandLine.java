package nl.dictu.tvs.portal.trust.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;

/** The parsed options of {@link TrustCheckCommand}. */
record CommandLine(Optional<Path> metadata, Optional<Path> certificate, String oin, Environment environment,
        boolean eenmaligInloggen, String trustAnchors, Optional<Path> intermediates, Optional<Path> alb,
        Optional<Instant> at, boolean demo, Locale locale, ServiceUuidMode serviceUuidMode) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar tvs-check.jar --oin OIN --environment preproduction|production",
            "         --trust-anchors PEM[,PEM...] [--intermediates PEM] [--metadata FILE] [--certificate FILE]",
            "         [--eenmalig-inloggen yes|no] [--service-uuid-mode metadata|authn-request]",
            "         [--alb FILE] [--at ISO-8601-INSTANT] [--demo] [--lang nl|en]",
            "Every certificate (uploaded or listed in the metadata) is checked against the trust anchors;",
            "a PKIoverheid TRIAL root is accepted as an anchor only with --demo. For cluster metadata --oin is the supplier's OIN.",
            "Prints the findings as JSON. Exit 0: no errors; 1: at least one error; 2: input unusable.");

    private static final Set<String> FLAGS = Set.of("--demo");
    private static final Set<String> OPTIONS = Set.of("--metadata", "--certificate", "--oin", "--environment",
            "--eenmalig-inloggen", "--service-uuid-mode", "--trust-anchors", "--intermediates", "--alb", "--at", "--lang");

    static CommandLine parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                values.put(name, "yes");
            } else if (OPTIONS.contains(name) && i + 1 < args.length) {
                if (values.put(name, args[++i]) != null) {
                    throw new UsageException("Option given twice: " + name);
                }
            } else {
                throw new UsageException("Unknown option or missing value: " + name);
            }
        }
        String oin = required(values, "--oin");
        Environment environment = switch (required(values, "--environment")) {
            case "preproduction" -> Environment.PREPRODUCTION;
            case "production" -> Environment.PRODUCTION;
            default -> throw new UsageException("--environment must be preproduction or production");
        };
        boolean eenmaligInloggen = switch (values.getOrDefault("--eenmalig-inloggen", "no")) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new UsageException("--eenmalig-inloggen must be yes or no");
        };
        ServiceUuidMode serviceUuidMode = ServiceUuidMode.fromOption(values.getOrDefault("--service-uuid-mode", "metadata"))
                .orElseThrow(() -> new UsageException("--service-uuid-mode must be metadata or authn-request"));
        Locale locale = switch (values.getOrDefault("--lang", "nl")) {
            case "nl" -> Locale.forLanguageTag("nl");
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("--lang must be nl or en");
        };
        Optional<Path> metadata = path(values, "--metadata");
        Optional<Path> certificate = path(values, "--certificate");
        if (metadata.isEmpty() && certificate.isEmpty()) {
            throw new UsageException("Give --metadata, --certificate or both");
        }
        String trustAnchors = values.get("--trust-anchors");
        if (trustAnchors == null) {
            throw new UsageException("Missing option --trust-anchors: the certificates are checked against the PKIoverheid"
                    + " roots (G1 and G4 private roots; with --demo the demo root), e.g. --trust-anchors g1.pem,g4-tls.pem,g4-other.pem");
        }
        return new CommandLine(metadata, certificate, oin, environment, eenmaligInloggen, trustAnchors,
                path(values, "--intermediates"), path(values, "--alb"), instant(values), values.containsKey("--demo"), locale,
                serviceUuidMode);
    }

    private static String required(Map<String, String> values, String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("Missing option " + name);
        }
        return value;
    }

    private static Optional<Path> path(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).map(Path::of);
    }

    private static Optional<Instant> instant(Map<String, String> values) throws UsageException {
        String value = values.get("--at");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new UsageException("--at must be an ISO-8601 instant such as 2022-06-01T00:00:00Z");
        }
    }
}
