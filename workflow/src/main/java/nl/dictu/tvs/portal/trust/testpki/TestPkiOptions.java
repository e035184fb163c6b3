package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.metadata.EntityId;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

/**
 * {@code TestPki --ca-dir DIR --oin OIN --out DIR}: issues an organisation certificate, a separate encryption
 * certificate and signed DV metadata from the CA kept in DIR (see {@link CaStore}), so the certificates chain to a
 * root that stays the same, e.g. the portal's demo root in {@code <data dir>/demo-pki}. {@code --service-uuids}
 * puts issued ServiceUUIDs in the metadata; {@code --next-signing-certificate yes} lists a second signing certificate
 * (rollover); {@code --cluster} makes cluster metadata of supplier OIN for the organisations named by
 * {@code --member OIN:NAME} (repeatable) or {@code --members N}.
 */
final class TestPkiOptions {

    static final String USAGE = "TestPki --ca-dir DIR --oin OIN --out DIR [--organisation NAME]"
            + " [--environment preproduction|production] [--index N] [--eenmalig-inloggen yes|no]"
            + " [--service-uuids UUID,UUID,...] [--next-signing-certificate yes|no]"
            + " [--cluster (--member OIN:NAME ... | --members N)]";
    private static final Set<String> OPTIONS = Set.of("--ca-dir", "--oin", "--out", "--organisation", "--environment",
            "--index", "--eenmalig-inloggen", "--service-uuids", "--next-signing-certificate", "--members");
    private static final String CLUSTER = "--cluster";
    private static final String MEMBER = "--member";
    private static final int MAX_MEMBERS = 500;
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int OK = 0;
    private static final int USAGE_ERROR = 2;

    private TestPkiOptions() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        List<String> members = new ArrayList<>();
        boolean cluster = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(CLUSTER)) {
                cluster = true;
            } else if (args[i].equals(MEMBER) && i + 1 < args.length) {
                members.add(args[++i]);
            } else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                if (options.put(args[i], args[++i]) != null) {
                    return usage(err, "Option given twice: " + args[i - 1]);
                }
            } else {
                return usage(err, args[i].startsWith("--") && !OPTIONS.contains(args[i]) && !args[i].equals(MEMBER)
                        ? "Unknown option " + args[i] : "Every option needs a value: " + args[i]);
            }
        }
        Optional<String> problem = problem(options);
        if (problem.isPresent()) {
            return usage(err, problem.get());
        }
        Environment environment = environment(options);
        int index = Integer.parseInt(options.getOrDefault("--index", defaultIndex(environment)));
        boolean singleLogout = "yes".equals(options.getOrDefault("--eenmalig-inloggen", "no"));
        String organisation = options.getOrDefault("--organisation", "Demo Gemeente");
        Path caDir = Path.of(options.get("--ca-dir"));
        Path target = Path.of(options.get("--out"));
        if (cluster) {
            Optional<String> memberProblem = memberProblem(options, members);
            if (memberProblem.isPresent()) {
                return usage(err, memberProblem.get());
            }
            List<ClusterMember> served = members(options, members);
            ClusterCredentials credentials = CaStore.loadOrCreate(caDir).clusterCredentials(options.get("--oin"), organisation,
                    index, served, singleLogout);
            credentials.writeTo(target);
            out.println("Supplier certificate, key, " + served.size() + " encryption certificates and signed "
                    + environment.name().toLowerCase(Locale.ROOT) + " cluster metadata (" + credentials.supplierEntityId()
                    + ") written to " + target.toAbsolutePath() + "; root: " + caDir.resolve(CaStore.ROOT_PEM).toAbsolutePath());
            return OK;
        }
        if (!members.isEmpty() || options.containsKey("--members")) {
            return usage(err, "--member and --members need --cluster");
        }
        List<String> serviceUuids = serviceUuids(options);
        OrganisationCredentials credentials = CaStore.loadOrCreate(caDir).organisationCredentials(options.get("--oin"),
                organisation, index, singleLogout, serviceUuids, credentialOptions(options));
        credentials.writeTo(target);
        out.println("Certificate, key, encryption certificate" + (credentials.nextSigningCertificate().isPresent()
                ? ", next signing certificate" : "") + " and signed " + environment.name().toLowerCase(Locale.ROOT)
                + " metadata (" + credentials.entityId() + (serviceUuids.isEmpty() ? "" : ", ServiceUUIDs " + String.join(", ", serviceUuids))
                + ") written to " + target.toAbsolutePath() + "; root: " + caDir.resolve(CaStore.ROOT_PEM).toAbsolutePath());
        return OK;
    }

    private static Optional<String> problem(Map<String, String> options) {
        for (String required : new String[] {"--ca-dir", "--oin", "--out"}) {
            if (!options.containsKey(required)) {
                return Optional.of(required + " is required");
            }
        }
        Optional<String> oinProblem = oinProblem(options.get("--oin"));
        if (oinProblem.isPresent()) {
            return Optional.of("--oin: " + oinProblem.get());
        }
        String environment = options.getOrDefault("--environment", "preproduction");
        if (!environment.equals("preproduction") && !environment.equals("production")) {
            return Optional.of("--environment must be preproduction or production");
        }
        for (String yesOrNo : new String[] {"--eenmalig-inloggen", "--next-signing-certificate"}) {
            String value = options.getOrDefault(yesOrNo, "no");
            if (!value.equals("yes") && !value.equals("no")) {
                return Optional.of(yesOrNo + " must be yes or no");
            }
        }
        String index = options.getOrDefault("--index", defaultIndex(environment(options)));
        if (!index.matches("\\d{1,4}") || !environment(options).allowsIndex(Integer.parseInt(index))) {
            return Optional.of("--index must be in " + environment(options).indexRange() + " for " + environment);
        }
        for (String uuid : serviceUuids(options)) {
            if (!UUID_FORM.matcher(uuid).matches()) {
                return Optional.of("--service-uuids: \"" + uuid + "\" is not a UUID (8-4-4-4-12 lowercase hex digits)");
            }
        }
        return Optional.empty();
    }

    private static CredentialOptions credentialOptions(Map<String, String> options) {
        return "yes".equals(options.get("--next-signing-certificate"))
                ? CredentialOptions.defaults().withNextSigningCertificate() : CredentialOptions.defaults();
    }

    private static Optional<String> memberProblem(Map<String, String> options, List<String> members) {
        if (options.containsKey("--service-uuids")) {
            return Optional.of("--service-uuids is for DV metadata; cluster metadata lists no ServiceUUIDs");
        }
        if (options.containsKey("--next-signing-certificate")) {
            return Optional.of("--next-signing-certificate is for DV metadata; cluster metadata lists the supplier's signing certificate");
        }
        if (members.isEmpty() == !options.containsKey("--members")) {
            return Optional.of("--cluster needs either --member OIN:NAME (one per organisation) or --members N");
        }
        if (options.containsKey("--members")) {
            String count = options.get("--members");
            if (!count.matches("\\d{1,3}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > MAX_MEMBERS) {
                return Optional.of("--members must be a number from 1 to " + MAX_MEMBERS);
            }
            return Optional.empty();
        }
        List<String> seen = new ArrayList<>();
        for (String text : members) {
            ClusterMember member = ClusterMember.parse(text);
            Optional<String> oinProblem = oinProblem(member.oin());
            if (oinProblem.isPresent()) {
                return Optional.of("--member " + text + ": " + oinProblem.get());
            }
            if (member.organisation().isEmpty()) {
                return Optional.of("--member " + text + ": give the organisation's name after the colon (OIN:NAME)");
            }
            if (seen.contains(member.oin())) {
                return Optional.of("--member " + text + ": this OIN is named twice");
            }
            seen.add(member.oin());
        }
        return Optional.empty();
    }

    private static List<ClusterMember> members(Map<String, String> options, List<String> members) {
        if (options.containsKey("--members")) {
            List<ClusterMember> demo = new ArrayList<>();
            for (int n = 1; n <= Integer.parseInt(options.get("--members")); n++) {
                demo.add(ClusterMember.demo(n));
            }
            return demo;
        }
        return members.stream().map(ClusterMember::parse).toList();
    }

    private static List<String> serviceUuids(Map<String, String> options) {
        String value = options.getOrDefault("--service-uuids", "").strip();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static Optional<String> oinProblem(String oin) {
        return new OinCheck(true).check(oin).stream().filter(Finding::isError).findFirst()
                .map(finding -> finding.message(Locale.ENGLISH));
    }

    private static Environment environment(Map<String, String> options) {
        return "production".equals(options.get("--environment")) ? Environment.PRODUCTION : Environment.PREPRODUCTION;
    }

    private static String defaultIndex(Environment environment) {
        return environment == Environment.PRODUCTION ? EntityId.fourDigits(1) : EntityId.fourDigits(9001);
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Usage: " + USAGE);
        return USAGE_ERROR;
    }
}
