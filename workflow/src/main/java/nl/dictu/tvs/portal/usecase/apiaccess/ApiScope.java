package nl.dictu.tvs.portal.usecase.apiaccess;

import java.util.Arrays;
import java.util.Optional;

/** What an access token allows; a client is registered with some of them and asks for a subset. */
public enum ApiScope {
    /** Read the organisation's applications, their status, milestones and documents. */
    APPLICATIONS_READ("applications:read"),
    /** Submit, correct, request production for and withdraw the organisation's applications. */
    APPLICATIONS_SUBMIT("applications:submit"),
    /** Act for the organisations a supplier serves, within the mandates they granted. */
    ORGANISATIONS_ACT_FOR("organisations:act-for");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as OAuth writes it, e.g. {@code applications:read}. */
    public String value() {
        return value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
