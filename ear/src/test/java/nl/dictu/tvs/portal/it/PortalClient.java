package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client with its own cookies that does not follow redirects by itself. */
public final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;

    public PortalClient(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private PortalClient(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same browser, its cookies and so its session included, reaching the portal at {@code otherBaseUrl} (another node). */
    public PortalClient at(String otherBaseUrl) {
        return new PortalClient(otherBaseUrl, cookies);
    }

    public static PortalClient forSharedServer() {
        return new PortalClient(PortalServer.shared().baseUrl());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A GET with extra request headers, e.g. the {@code Accept} a browser sends when it follows a link. */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A download: the body as bytes, as a browser would save it. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return postForm(path, form, Map.of());
    }

    /** A form POST with extra request headers, e.g. the ones a browser sets on a cross-site form. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** A form POST of a body already encoded, e.g. with a field given more than once (ticked checkboxes). */
    public HttpResponse<String> postEncodedForm(String path, String encodedBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedBody)));
    }

    /**
     * A form POST as {@code multipart/form-data}, as a browser posts a form with file inputs: the
     * fields, and each of {@code emptyFileFields} as a file input with no file chosen.
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> form, java.util.List<String> emptyFileFields) {
        String boundary = "----tvs-it-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        emptyFileFields.forEach(name -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** A JSON call of the API with the session's CSRF token, as a page's script would send it. */
    public HttpResponse<String> postJson(String path, String json, String csrfToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "nl")
                .header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An upload of raw bytes to the API ({@code POST /api/files}), named in {@code X-File-Name}. */
    public HttpResponse<String> postBytes(String path, byte[] body, String fileName, String csrfToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json")
                .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Signs in and follows the redirect to the landing page; returns that page. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> login = postForm("/login", Map.of("username", username, "password", password));
        return follow(login);
    }

    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 5 && current.statusCode() / 100 == 3; i++) {
            current = get(pathOf(current.headers().firstValue("Location").orElseThrow()));
        }
        return current;
    }

    public Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    public static String csrfTokenIn(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    public static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
