package nl.dictu.tvs.portal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

/** Shared test material: the real public documents and one test PKI per JVM (key generation is slow). */
public final class TestResources {

    public static final String OIN = "00000001002220647000";
    public static final String ORGANISATION = "Gemeente Utrecht";
    private static TestPki pki;
    private static IssuedCertificate organisation;
    private static IssuedCertificate encryption;

    private TestResources() {
    }

    public static synchronized TestPki pki() {
        if (pki == null) {
            pki = TestPki.generate();
        }
        return pki;
    }

    public static synchronized IssuedCertificate organisation() {
        if (organisation == null) {
            organisation = pki().organisationCertificate(OIN, ORGANISATION);
        }
        return organisation;
    }

    /** The organisation's separate encryption certificate (keyEncipherment only), for KeyDescriptor use="encryption". */
    public static synchronized IssuedCertificate encryption() {
        if (encryption == null) {
            encryption = pki().encryptionCertificate(OIN, ORGANISATION);
        }
        return encryption;
    }

    public static byte[] real(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/pki/real/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
