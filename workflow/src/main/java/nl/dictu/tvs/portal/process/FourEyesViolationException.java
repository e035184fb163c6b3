package nl.dictu.tvs.portal.process;

/**
 * A reviewer tried to approve what they assessed themselves, or completed an assessment or approval
 * without being authenticated, so the four-eyes rule could not be checked. The task stays open.
 */
public class FourEyesViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(String message) {
        super(message);
    }
}
