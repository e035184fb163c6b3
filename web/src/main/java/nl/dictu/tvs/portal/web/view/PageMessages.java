package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Locale;

/** Puts a text from the bundle, in the page's language, among the page's messages. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** The service's refusal, as the message its key names. */
    public static void refusal(ApplicationServiceException e) {
        add(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    }

    /** A domain rule's refusal (an invalid version, item or text), as the message its key names. */
    public static void invalid(InvalidApplicationException e) {
        add(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    }

    /**
     * Runs a page action; a refusal by a service or a domain rule becomes the page's error message instead of
     * an error page, and the form keeps what was typed.
     */
    public static void attempt(Runnable action) {
        try {
            action.run();
        } catch (ApplicationServiceException e) {
            refusal(e);
        } catch (InvalidApplicationException e) {
            invalid(e);
        }
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.getDefault();
        return Bundle.text(locale, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
