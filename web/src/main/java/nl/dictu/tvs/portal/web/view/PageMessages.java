package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Locale;
import java.util.ResourceBundle;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * The one way a backing bean speaks to the person on the page: texts from the bundle in the page's
 * language, messages for the page or a field (a service's refusal becomes a message a person can act
 * on, tied to the field it concerns), and the 404 answer.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Keeps this request's messages for the page a redirect leads to (post, redirect, get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The service's refusal, as the message its key names. */
    public static void refusal(ApplicationServiceException e) {
        TooManyRequests.answer(e);
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

    /** The key's text, or {@code fallback} when the bundle has no such key. */
    public static String textOr(String key, String fallback) {
        ResourceBundle bundle = Bundle.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** An error on a field (its client id), or on the page when clientId is null. */
    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The service's refusal on the field it concerns. */
    public static void refusal(String clientId, ApplicationServiceException e) {
        TooManyRequests.answer(e);
        error(clientId, e.messageKey(), e.arguments().toArray());
    }

    /** A domain rule's refusal on the field it concerns. */
    public static void invalid(String clientId, InvalidApplicationException e) {
        error(clientId, e.messageKey(), e.arguments().toArray());
    }

    /** Answers 404, as for a page that does not exist, and renders nothing of this one. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
