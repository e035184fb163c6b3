package nl.dictu.tvs.portal.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedRequestEndTest {

    @Test
    void shouldSendASaveWhoseSessionEndedWhileItRanToTheLoginPage() {
        Throwable failure = new ServletException(new FacesException(
                new IllegalStateException("UT000010: Session is invalid BFTl6PmGupHwuMiom14fTwtUkKwK_iHxqaqPP_Om")));

        assertThat(ExpectedRequestEnd.targetOf(failure, false)).contains("/login.xhtml?expired=true");
        assertThat(ExpectedRequestEnd.targetOf(new IllegalStateException("no attribute"), true))
                .as("any state error once the session the request named is gone").contains("/login.xhtml?expired=true");
    }

    @Test
    void shouldSendAnExpiredPageStateToTheExpiredPage() {
        Throwable failure = new ServletException(new ViewExpiredException("view /applicant/apply/organisation.xhtml"));

        assertThat(ExpectedRequestEnd.targetOf(failure, false)).contains("/error/expired.xhtml");
    }

    @Test
    void shouldLeaveEveryOtherFailureToTheErrorPage() {
        assertThat(ExpectedRequestEnd.targetOf(new ServletException(new IllegalStateException("no published checklist")), false))
                .isEmpty();
        assertThat(ExpectedRequestEnd.targetOf(new NullPointerException(), true)).isEmpty();
        assertThat(ExpectedRequestEnd.isSessionEnded(null)).isFalse();
    }
}
