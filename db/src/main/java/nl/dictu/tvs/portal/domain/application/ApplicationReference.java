package nl.dictu.tvs.portal.domain.application;

import java.util.Objects;
import java.util.regex.Pattern;

/** An application's reference, {@code TVS-<year>-<five digits>}, e.g. {@code TVS-2026-00042}; demo data uses {@code TVS-DEMO-...}. */
public record ApplicationReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("TVS-(\\d{4}|DEMO)-\\d{5,}");

    public ApplicationReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an application reference: " + value);
        }
    }

    public static ApplicationReference of(int year, int number) {
        return new ApplicationReference(String.format("TVS-%04d-%05d", year, number));
    }
}
