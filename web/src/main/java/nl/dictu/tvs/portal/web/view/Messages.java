package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Locale;
import java.util.ResourceBundle;

/** Faces messages from the one bundle, in the page's language: a refusal's reason, or a confirmation. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Bundle.text(locale, key, arguments);
    }

    /** The key's text, or {@code fallback} when the bundle has no such key. */
    public static String textOr(String key, String fallback) {
        ResourceBundle bundle = Bundle.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void refused(ApplicationServiceException refusal) {
        add(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments().toArray()));
    }

    public static void invalid(InvalidApplicationException invalid) {
        add(FacesMessage.SEVERITY_ERROR, text(invalid.messageKey(), invalid.arguments().toArray()));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
