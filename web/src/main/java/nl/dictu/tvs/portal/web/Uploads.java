package nl.dictu.tvs.portal.web;

import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one way an uploaded file's bytes are read, by the pages and the REST API alike: never more
 * than one byte over the purpose's limit, which is enough for the upload service to say it is too
 * large; what the bytes are is the service's to judge.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen in a form's file field. */
    public static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    public static byte[] read(Part part, FilePurpose purpose) {
        try (InputStream in = part.getInputStream()) {
            return read(in, purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(InputStream in, FilePurpose purpose) throws IOException {
        int limit = purpose.maxBytes() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
