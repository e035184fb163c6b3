package nl.dictu.tvs.portal.trust.certificate;

/**
 * Whether and how the certificate's revocation status (OCSP first, CRL as fallback, through the JDK's
 * {@link java.security.cert.PKIXRevocationChecker}) is checked. The checks need the network, so the
 * default is {@link #OFF}; tests never switch it on.
 */
public enum RevocationPolicy {
    /** No revocation check (default; the reviewer checks status when approving). */
    OFF,
    /**
     * Check; a revoked certificate is an ERROR, but when no responder can be reached the outcome is a
     * WARNING ({@code CERTIFICATE_REVOCATION_UNKNOWN}) so an unreachable OCSP responder does not block an
     * application.
     */
    SOFT_FAIL,
    /** Check; a revoked certificate and an unknown status are both ERRORs. */
    HARD_FAIL;

    /**
     * The policy a setting names: {@code off}, {@code soft-fail} or {@code hard-fail} (any case); unset is
     * {@link #OFF}. Anything else is a configuration error, so a typo never silently switches the check off.
     */
    public static RevocationPolicy fromSetting(java.util.Optional<String> setting) {
        if (setting.isEmpty()) {
            return OFF;
        }
        String value = setting.get().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (RevocationPolicy policy : values()) {
            if (policy.name().equals(value)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("TVS_TRUST_REVOCATION=" + setting.get()
                + " is not one of off, soft-fail, hard-fail (see docs/trust-checks.md)");
    }
}
