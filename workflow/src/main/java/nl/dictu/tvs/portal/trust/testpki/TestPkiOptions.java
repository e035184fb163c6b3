package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/**
 * {@code TestPki --ca-dir DIR --oin OIN --out DIR}: issues an organisation certificate and signed DV metadata
 * from the CA kept in DIR (see {@link CaStore}), so the certificate chains to a root that stays the same,
 * e.g. the portal's demo root in {@code <data dir>/demo-pki}. {@code --encryption-certificate yes} lists a
 * separate encryption certificate, {@code --next-signing-certificate yes} a second signing certificate (rollover).
 */
final class TestPkiOptions {

    static final String USAGE = "TestPki --ca-dir DIR --oin OIN --out DIR [--organisation NAME]"
            + " [--environment preproduction|production] [--index N] [--eenmalig-inloggen yes|no]"
            + " [--encryption-certificate yes|no] [--next-signing-certificate yes|no]";
    private static final int OK = 0;
    private static final int USAGE_ERROR = 2;

    private TestPkiOptions() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return usage(err, "Every option needs a value: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        Optional<String> problem = problem(options);
        if (problem.isPresent()) {
            return usage(err, problem.get());
        }
        Environment environment = environment(options);
        int index = Integer.parseInt(options.getOrDefault("--index", defaultIndex(environment)));
        TestPki ca = CaStore.loadOrCreate(Path.of(options.get("--ca-dir")));
        Path target = Path.of(options.get("--out"));
        OrganisationCredentials credentials = ca.organisationCredentials(options.get("--oin"),
                options.getOrDefault("--organisation", "Demo Gemeente"), index,
                "yes".equals(options.getOrDefault("--eenmalig-inloggen", "no")), credentialOptions(options));
        credentials.writeTo(target);
        out.println("Certificate, key and signed " + environment.name().toLowerCase(java.util.Locale.ROOT) + " metadata ("
                + credentials.entityId() + ") written to " + target.toAbsolutePath() + "; root: "
                + Path.of(options.get("--ca-dir")).resolve(CaStore.ROOT_PEM).toAbsolutePath());
        return OK;
    }

    private static Optional<String> problem(Map<String, String> options) {
        for (String required : new String[] {"--ca-dir", "--oin", "--out"}) {
            if (!options.containsKey(required)) {
                return Optional.of(required + " is required");
            }
        }
        for (String option : options.keySet()) {
            if (!USAGE.contains(option + " ")) {
                return Optional.of("Unknown option " + option);
            }
        }
        Optional<Finding> oinProblem = new OinCheck(true).check(options.get("--oin")).stream().filter(Finding::isError).findFirst();
        if (oinProblem.isPresent()) {
            return Optional.of("--oin: " + oinProblem.get().message(java.util.Locale.ENGLISH));
        }
        String environment = options.getOrDefault("--environment", "preproduction");
        if (!environment.equals("preproduction") && !environment.equals("production")) {
            return Optional.of("--environment must be preproduction or production");
        }
        for (String yesOrNo : new String[] {"--eenmalig-inloggen", "--encryption-certificate", "--next-signing-certificate"}) {
            String value = options.getOrDefault(yesOrNo, "no");
            if (!value.equals("yes") && !value.equals("no")) {
                return Optional.of(yesOrNo + " must be yes or no");
            }
        }
        String index = options.getOrDefault("--index", defaultIndex(environment(options)));
        if (!index.matches("\\d{1,4}") || !environment(options).allowsIndex(Integer.parseInt(index))) {
            return Optional.of("--index must be in " + environment(options).indexRange() + " for " + environment);
        }
        return Optional.empty();
    }

    private static CredentialOptions credentialOptions(Map<String, String> options) {
        CredentialOptions chosen = CredentialOptions.defaults();
        if ("yes".equals(options.get("--encryption-certificate"))) {
            chosen = chosen.withEncryptionCertificate();
        }
        if ("yes".equals(options.get("--next-signing-certificate"))) {
            chosen = chosen.withNextSigningCertificate();
        }
        return chosen;
    }

    private static Environment environment(Map<String, String> options) {
        return "production".equals(options.get("--environment")) ? Environment.PRODUCTION : Environment.PREPRODUCTION;
    }

    private static String defaultIndex(Environment environment) {
        return environment == Environment.PRODUCTION ? "1" : "9001";
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Usage: " + USAGE);
        return USAGE_ERROR;
    }
}
