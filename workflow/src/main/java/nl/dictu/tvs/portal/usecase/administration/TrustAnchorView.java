package nl.dictu.tvs.portal.usecase.administration;

import java.time.Instant;

/**
 * One certificate the certificate check trusts or uses for path building, as the admin page shows it.
 *
 * @param kind     {@code ANCHOR} (a root the chain must end in) or {@code INTERMEDIATE}
 * @param demoRoot whether it is demo mode's own root, which only demo mode trusts
 */
public record TrustAnchorView(String kind, String subject, Instant notBefore, Instant notAfter, String sha256,
                              boolean demoRoot, boolean expired) {

    public static final String ANCHOR = "ANCHOR";
    public static final String INTERMEDIATE = "INTERMEDIATE";
}
