package nl.dictu.tvs.portal.web.api;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a bundle message in the caller's first accepted language that the portal has (Dutch otherwise). */
public final class ApiMessages {

    private ApiMessages() {
    }

    public static String render(List<Locale> acceptableLanguages, String key, Object... arguments) {
        return Bundle.text(locale(acceptableLanguages), key, arguments);
    }

    /** The first of the caller's languages the portal speaks, Dutch when none. */
    public static Locale locale(List<Locale> acceptableLanguages) {
        return acceptableLanguages.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("nl"))
                .findFirst().orElse(Locale.forLanguageTag("nl"));
    }

    /**
     * A refusal as JSON: {@code field} (the path of the refused field, e.g. {@code services[2].name};
     * absent when the refusal is about the request as a whole), {@code messageKey} for programs,
     * {@code message} for people.
     */
    static Response refusal(int status, List<Locale> acceptableLanguages, String field, String key, Object... arguments) {
        Map<String, String> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("messageKey", key);
        body.put("message", render(acceptableLanguages, key, arguments));
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
