package nl.dictu.tvs.portal.trust.oin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The assigned OIN prefixes (Logius, OIN-stelsel). {@code 00000005} is unassigned on purpose.
 * {@link SuffixLayout} says what the 12 digits after the prefix look like, as far as we check it.
 */
public enum OinPrefix {
    RSIN("00000001", SuffixLayout.NINE_DIGIT_MAIN_NUMBER),
    FI_NUMBER("00000002", SuffixLayout.NINE_DIGIT_MAIN_NUMBER),
    KVK_NUMBER("00000003", SuffixLayout.EIGHT_DIGIT_KVK_NUMBER),
    SUB_OIN("00000004", SuffixLayout.GENERATED_NUMBER_WITHOUT_SUB_UNITS),
    LOGIUS("00000006", SuffixLayout.NINE_DIGIT_MAIN_NUMBER),
    BRIN("00000007", SuffixLayout.NOT_CHECKED),
    FOREIGN("00000008", SuffixLayout.NOT_CHECKED),
    URA("00000009", SuffixLayout.NOT_CHECKED),
    BELASTINGDIENST("00000010", SuffixLayout.NOT_CHECKED),
    HEALTH_INSURER("00000011", SuffixLayout.NOT_CHECKED),
    TEST("00000099", SuffixLayout.NOT_CHECKED);

    private final String digits;
    private final SuffixLayout layout;

    OinPrefix(String digits, SuffixLayout layout) {
        this.digits = digits;
        this.layout = layout;
    }

    public String digits() {
        return digits;
    }

    public SuffixLayout layout() {
        return layout;
    }

    public static Optional<OinPrefix> of(String oin) {
        return Arrays.stream(values()).filter(prefix -> oin.startsWith(prefix.digits)).findFirst();
    }

    /** How the 12 digits after the prefix split into main number and suffix. */
    public enum SuffixLayout {
        /** 9-digit main number + 3-digit suffix: {@code 000} for the organisation, others for sub-units. */
        NINE_DIGIT_MAIN_NUMBER,
        /** 8-digit KvK number + {@code 0} + 3-digit suffix ({@code 0000} for the organisation itself). */
        EIGHT_DIGIT_KVK_NUMBER,
        /** 9-digit generated number + {@code 000}; a SubOIN has no sub-units of its own. */
        GENERATED_NUMBER_WITHOUT_SUB_UNITS,
        /** Layout set by the issuing register (BRIN, URA, ...): only length and prefix are checked. */
        NOT_CHECKED
    }
}
