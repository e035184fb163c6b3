package nl.dictu.tvs.portal.web.view;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Texts and messages for backing beans, from the one bundle in the page's language: a service's
 * refusal becomes a message a person can act on, tied to the field it concerns.
 */
public final class FacesText {

    private FacesText() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return Bundle.text(context.getViewRoot().getLocale(), key, arguments);
    }

    /** An error on a field (its client id), or on the page when clientId is null. */
    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void refusal(String clientId, ApplicationServiceException e) {
        error(clientId, e.messageKey(), e.arguments().toArray());
    }

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
}
