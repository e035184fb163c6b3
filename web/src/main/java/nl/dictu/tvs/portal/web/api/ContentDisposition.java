package nl.dictu.tvs.portal.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code Content-Disposition: attachment} header value that survives any file name (RFC 6266). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
