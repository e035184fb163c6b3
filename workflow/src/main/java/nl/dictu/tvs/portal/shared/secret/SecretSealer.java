package nl.dictu.tvs.portal.shared.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Encrypts a secret the portal must read back (AES-256-GCM, a fresh 96-bit nonce each time) bound to
 * what it belongs to (the additional data, e.g. the account's user name), so a value copied to another
 * row does not open. Stored as {@code v1:} and the Base64 of nonce and ciphertext.
 * <p>
 * The key comes from {@value #KEY_FILE}, required outside demo mode; in demo mode it is made on the
 * first start in the data directory ({@value #DEMO_FILE_NAME}).
 */
@ApplicationScoped
public class SecretSealer {

    public static final String KEY_FILE = "TVS_SECRETS_KEY_FILE";
    public static final String DEMO_FILE_NAME = "demo-secrets.key";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = Logger.getLogger(SecretSealer.class.getName());

    @Inject
    private PortalConfig config;

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    public SecretSealer() {
        // for the container
    }

    /** Outside the container (tests). */
    public SecretSealer(SecretKey key) {
        this.key = key;
    }

    /** Whether a stored value is sealed (and not a plain value from before sealing). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(VERSION);
    }

    public String seal(String secret, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, boundTo);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret sealed for {@code boundTo}.
     *
     * @throws SecretsKeyException when it was sealed with another key, for something else, or was altered
     */
    public String open(String stored, String boundTo) {
        if (!isSealed(stored)) {
            throw new SecretsKeyException("the stored secret of " + boundTo + " is not sealed");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        if (all.length <= NONCE_BYTES) {
            throw new SecretsKeyException("the stored secret of " + boundTo + " is cut short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, NONCE_BYTES), boundTo);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretsKeyException("the stored secret of " + boundTo + " does not open with " + KEY_FILE
                    + ": another key, or the value was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Reads the key now, so a missing or unreadable key file stops the start with one line that names it. */
    public void requireKey() {
        key();
    }

    private Cipher cipher(int mode, byte[] nonce, String boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey load() {
        Optional<Path> configured = config.get(KEY_FILE).map(Path::of);
        if (configured.isPresent()) {
            return SecretsKeyFile.read(configured.get(), KEY_FILE);
        }
        if (!config.isDemoMode()) {
            throw new SecretsKeyException(KEY_FILE + " is not set. Outside demo mode the portal needs a key file for the "
                    + "secrets it keeps (second-factor keys): " + SecretsKeyFile.KEY_BYTES
                    + " random bytes in Base64, made with: openssl rand -base64 32 > /etc/tvs/secrets.key");
        }
        Path demo = config.get(PortalConfig.DATA_DIR).map(Path::of).orElse(Path.of("data")).resolve(DEMO_FILE_NAME);
        LOG.warning(() -> "Demo mode: stored secrets are encrypted with the demo key in " + demo);
        return SecretsKeyFile.readOrCreate(demo, "the demo secrets key");
    }
}
