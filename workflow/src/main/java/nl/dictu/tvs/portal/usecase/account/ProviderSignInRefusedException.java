package nl.dictu.tvs.portal.usecase.account;

import jakarta.ejb.ApplicationException;

/**
 * A staff sign-in through the identity provider that cannot complete. The kind names the login
 * page's message; the detail goes to the log only. It reaches the caller as it is (not wrapped by
 * the EJB container), and nothing of the refused sign-in is stored.
 */
@ApplicationException(rollback = true)
public class ProviderSignInRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which message the login page shows. */
    public enum Kind {
        /** The answer does not belong to a sign-in this browser started, or came too late. */
        EXPIRED,
        /** The provider refused or could not be reached, or its answer did not validate. */
        PROVIDER,
        /** Signed in at the provider, but without a reviewer or admin role for the portal. */
        NO_ROLE,
        /** Signed in at the provider, but its ID token shows no second factor. */
        SECOND_FACTOR
    }

    private final Kind kind;

    public ProviderSignInRefusedException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public ProviderSignInRefusedException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The login page's {@code error} parameter. */
    public String errorCode() {
        return switch (kind) {
            case EXPIRED -> "providerExpired";
            case PROVIDER -> "provider";
            case NO_ROLE -> "providerRole";
            case SECOND_FACTOR -> "providerSecondFactor";
        };
    }
}
