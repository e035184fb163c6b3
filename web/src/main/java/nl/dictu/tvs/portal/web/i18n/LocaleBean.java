package nl.dictu.tvs.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The page's language, and the links that switch it. */
@Named
@RequestScoped
public class LocaleBean {

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        return Languages.of(request);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The current page's address with {@code lang} set; the filter stores it and comes back here. */
    public String switchUrl(String language) {
        String original = firstAttribute("jakarta.servlet.error.request_uri", "jakarta.servlet.forward.request_uri");
        String uri = original != null ? original : request.getRequestURI();
        String query = original != null
                ? firstAttribute("jakarta.servlet.error.query_string", "jakarta.servlet.forward.query_string")
                : request.getQueryString();
        String rest = LanguageSwitchFilter.queryWithout(query, Languages.PARAMETER);
        return uri + (rest.isEmpty() ? "?" : rest + "&") + Languages.PARAMETER + "=" + language;
    }

    private String firstAttribute(String... names) {
        for (String name : names) {
            if (request.getAttribute(name) instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
