package nl.dictu.tvs.portal.web.i18n;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.dictu.tvs.portal.usecase.account.AccountService;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code ?lang=en} on any GET stores the language in a cookie and redirects to the same address
 * without the parameter, so the choice survives navigation and sign-in and needs no session. A
 * signed-in person's choice is also kept with their account: their mail and documents follow it.
 * An error page (403: the security constraint answers before any filter) is shown in the chosen
 * language at once, with its status kept: a redirect would only meet the same refusal.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Locale> chosen = "GET".equals(request.getMethod())
                ? Languages.supported(request.getParameter(Languages.PARAMETER)) : Optional.empty();
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(Languages.COOKIE, chosen.get().getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        if (request.getUserPrincipal() != null) {
            accounts.changePreferredLanguage(request.getUserPrincipal().getName(), chosen.get().getLanguage());
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            request.setAttribute(Languages.COOKIE, chosen.get());
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getRequestURI() + queryWithout(request.getQueryString(), Languages.PARAMETER));
    }

    static String queryWithout(String query, String parameter) {
        if (query == null) {
            return "";
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(parameter) && !p.startsWith(parameter + "="))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }
}
