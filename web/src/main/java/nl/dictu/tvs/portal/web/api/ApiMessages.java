package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** Renders a bundle message in the caller's first accepted language that the portal has (Dutch otherwise). */
final class ApiMessages {

    private static final String BUNDLE = "nl.dictu.tvs.portal.i18n.messages";

    private ApiMessages() {
    }

    static String render(List<Locale> acceptableLanguages, String key, Object... arguments) {
        Locale locale = acceptableLanguages.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("nl"))
                .findFirst().orElse(Locale.forLanguageTag("nl"));
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
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
