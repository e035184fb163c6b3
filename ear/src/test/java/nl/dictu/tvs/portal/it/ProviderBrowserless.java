package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff sign-in through Keycloak over plain HTTP, for tests that need a signed-in staff session
 * but not a browser: the portal's redirect, Keycloak's password form, its TOTP form, and the
 * portal's callback. Keycloak's cookies are kept by hand: they are {@code Secure}, which Java's
 * cookie manager never sends over the tests' plain HTTP (Chromium does, to 127.0.0.1).
 */
final class ProviderBrowserless {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"(kc-form-login|kc-otp-login-form)\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> keycloakCookies = new LinkedHashMap<>();

    /** Signs {@code staff} in on {@code portal} with password and TOTP; returns the portal's answer to the callback. */
    HttpResponse<String> signIn(PortalClient portal, ProviderStaff staff) {
        HttpResponse<String> start = portal.get("/login/oidc");
        assertThat(start.statusCode()).as("the portal sends the browser to the identity provider").isEqualTo(302);
        HttpResponse<String> loginPage = keycloak("GET", start.headers().firstValue("Location").orElseThrow(), null);
        HttpResponse<String> otpPage = keycloak("POST", actionOf(loginPage, "kc-form-login"),
                Map.of("username", staff.username, "password", KeycloakServer.STAFF_PASSWORD));
        HttpResponse<String> back = keycloak("POST", actionOf(otpPage, "kc-otp-login-form"),
                Map.of("otp", ItTotp.code(staff.totpSecret)));
        assertThat(back.statusCode()).as("Keycloak accepts the second factor and sends the browser back").isEqualTo(302);
        return portal.get(PortalClient.pathOf(back.headers().firstValue("Location").orElseThrow()));
    }

    private static String actionOf(HttpResponse<String> page, String formId) {
        Matcher form = FORM_ACTION.matcher(page.body());
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                return form.group(2).replace("&amp;", "&");
            }
        }
        throw new AssertionError("Keycloak's page (" + page.statusCode() + ") has no form " + formId + ": "
                + page.body().substring(0, Math.min(2000, page.body().length())));
    }

    private HttpResponse<String> keycloak(String method, String url, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!keycloakCookies.isEmpty()) {
            request.header("Cookie", keycloakCookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                    form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"))));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                keycloakCookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
