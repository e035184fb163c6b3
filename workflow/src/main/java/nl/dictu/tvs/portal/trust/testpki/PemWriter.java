package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Writes certificates and keys as PEM text. */
public final class PemWriter {

    private PemWriter() {
    }

    /** One PEM block per object, in order (a certificate chain, or a key). */
    public static String toPem(Object... objects) {
        return toPem(List.of(objects));
    }

    public static String toPem(List<?> objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PEM to memory cannot fail", e);
        }
        return text.toString();
    }
}
