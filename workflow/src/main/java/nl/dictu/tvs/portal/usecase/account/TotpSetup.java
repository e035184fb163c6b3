package nl.dictu.tvs.portal.usecase.account;

import java.io.Serializable;

/**
 * A second factor being set up: the secret to put in an authenticator app (typed, or read from
 * the {@code otpauth://} address), shown this once and stored only when a code confirms it.
 */
public record TotpSetup(String secret, String otpauthUri) implements Serializable {

    /** The secret in groups of four, as people type it. */
    public String secretForReading() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
