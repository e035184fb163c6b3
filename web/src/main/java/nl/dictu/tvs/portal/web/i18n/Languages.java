package nl.dictu.tvs.portal.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The supported languages and where the choice is kept (a cookie, so the login page needs no session). */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "tvs-lang";

    private Languages() {
    }

    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The language chosen with this request (an error page), chosen earlier, or Dutch. */
    public static Locale of(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale chosenNow) {
            return chosenNow;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? DUTCH : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> supported(c.getValue()))
                .orElse(DUTCH);
    }
}
