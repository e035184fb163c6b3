package nl.dictu.tvs.portal.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Faces handles an Ajax request's failure itself (the servlet filters never see it): a field's
 * save whose session ended while it ran goes to the login page through the partial response, as
 * {@link ExpectedRequestEnd} says, with one line in the log instead of a stack trace.
 */
public class ExpectedEndExceptionHandler extends ExceptionHandlerWrapper {

    public ExpectedEndExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && context.getExternalContext().getResponse() instanceof HttpServletResponse response) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                try {
                    if (ExpectedRequestEnd.answer(failure, request, response)) {
                        events.remove();
                        context.responseComplete();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        super.handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpectedEndExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
