package nl.dictu.tvs.portal.trust.oin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * Checks an OIN: exactly 20 digits; an assigned prefix ({@code 00000099} test OINs only in demo mode);
 * the suffix layout of {@link OinPrefix.SuffixLayout}; the elfproef on the RSIN of {@code 00000001} OINs
 * (SubOINs and the other prefixes carry no check digit); then, if enabled, the OIN register.
 */
public final class OinCheck {

    private static final int LENGTH = 20;
    private static final int PREFIX_LENGTH = 8;

    private final boolean demoMode;
    private final OinRegisterLookup register;

    public OinCheck(boolean demoMode) {
        this(demoMode, new NoOinRegisterLookup());
    }

    public OinCheck(boolean demoMode, OinRegisterLookup register) {
        this.demoMode = demoMode;
        this.register = register;
    }

    public List<Finding> check(String oin) {
        String value = oin == null ? "" : oin;
        if (value.length() != LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return List.of(Finding.of(FindingCode.OIN_FORMAT_INVALID, value).withEvidence("oin", value));
        }
        Optional<OinPrefix> prefix = OinPrefix.of(value);
        if (prefix.isEmpty()) {
            return List.of(Finding.of(FindingCode.OIN_PREFIX_UNKNOWN, value, value.substring(0, PREFIX_LENGTH))
                    .withEvidence("oin", value));
        }
        if (prefix.get() == OinPrefix.TEST && !demoMode) {
            return List.of(Finding.of(FindingCode.OIN_TEST_PREFIX_NOT_ALLOWED, value).withEvidence("oin", value));
        }
        List<Finding> findings = new ArrayList<>(checkLayout(value, prefix.get()));
        if (findings.stream().noneMatch(Finding::isError)) {
            findings.addAll(lookUp(value));
        }
        return findings;
    }

    private static List<Finding> checkLayout(String oin, OinPrefix prefix) {
        String rest = oin.substring(PREFIX_LENGTH);
        String suffix = rest.substring(9);
        return switch (prefix.layout()) {
            case NINE_DIGIT_MAIN_NUMBER -> {
                if (prefix == OinPrefix.RSIN && !Elfproef.passes(rest.substring(0, 9))) {
                    yield List.of(Finding.of(FindingCode.OIN_RSIN_ELFPROEF_FAILED, oin, rest.substring(0, 9))
                            .withEvidence("oin", oin).withEvidence("rsin", rest.substring(0, 9)));
                }
                yield "000".equals(suffix) ? List.of() : List.of(subUnit(oin, suffix));
            }
            case EIGHT_DIGIT_KVK_NUMBER -> {
                if (rest.charAt(8) != '0') {
                    yield List.of(Finding.of(FindingCode.OIN_SUFFIX_INVALID, oin, rest.substring(8), "0000")
                            .withEvidence("oin", oin).withEvidence("kvkNumber", rest.substring(0, 8)));
                }
                yield "000".equals(suffix) ? List.of() : List.of(subUnit(oin, suffix));
            }
            case GENERATED_NUMBER_WITHOUT_SUB_UNITS -> "000".equals(suffix) ? List.of()
                    : List.of(Finding.of(FindingCode.OIN_SUFFIX_INVALID, oin, suffix, "000").withEvidence("oin", oin));
            case NOT_CHECKED -> List.of();
        };
    }

    private static Finding subUnit(String oin, String suffix) {
        return Finding.of(FindingCode.OIN_SUB_UNIT, oin, suffix).withEvidence("oin", oin).withEvidence("suffix", suffix);
    }

    private List<Finding> lookUp(String oin) {
        if (!register.isEnabled()) {
            return List.of();
        }
        return register.find(oin)
                .map(entry -> Finding.of(FindingCode.OIN_REGISTER_FOUND, oin, entry.name())
                        .withEvidence("oin", oin).withEvidence("name", entry.name()).withEvidence("status", entry.status()))
                .map(List::of)
                .orElseGet(() -> List.of(Finding.of(FindingCode.OIN_REGISTER_NOT_FOUND, oin).withEvidence("oin", oin)));
    }
}
