package nl.dictu.tvs.portal.process;

/** The applicant tried to withdraw an application whose production connection is already approved. */
public class WithdrawalNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WithdrawalNotAllowedException(String message) {
        super(message);
    }
}
