package nl.dictu.tvs.portal.shared.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The key the portal signs API access tokens with (HMAC-SHA256: only the portal checks them), kept
 * as the secrets key is: a file of 32 random bytes in Base64 named by {@value #KEY_FILE}, required
 * outside demo mode; in demo mode made on the first start in the data directory
 * ({@value #DEMO_FILE_NAME}). Every node reads the same file, so a token issued by one is accepted
 * by all; a new key ends every token issued with the old one.
 */
@ApplicationScoped
public class TokenSigningKey {

    public static final String KEY_FILE = "TVS_API_TOKEN_KEY_FILE";
    public static final String DEMO_FILE_NAME = "demo-api-token.key";
    private static final Logger LOG = Logger.getLogger(TokenSigningKey.class.getName());

    @Inject
    private PortalConfig config;

    private volatile byte[] key;

    public TokenSigningKey() {
        // for the container
    }

    /** Outside the container (tests). */
    public TokenSigningKey(byte[] key) {
        this.key = key.clone();
    }

    /** The key's 32 bytes. */
    public byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                current = key;
            }
        }
        return current.clone();
    }

    private byte[] load() {
        var configured = config.get(KEY_FILE).map(Path::of);
        if (configured.isPresent()) {
            return SecretsKeyFile.read(configured.get(), KEY_FILE).getEncoded();
        }
        if (!config.isDemoMode()) {
            throw new SecretsKeyException(KEY_FILE + " is not set. Outside demo mode the portal needs a key file to sign "
                    + "API access tokens with: " + SecretsKeyFile.KEY_BYTES
                    + " random bytes in Base64, made with: openssl rand -base64 32 > /etc/tvs/api-token.key");
        }
        Path demo = config.get(PortalConfig.DATA_DIR).map(Path::of).orElse(Path.of("data")).resolve(DEMO_FILE_NAME);
        LOG.warning(() -> "Demo mode: API access tokens are signed with the demo key in " + demo);
        return SecretsKeyFile.readOrCreate(demo, "the demo API token key").getEncoded();
    }
}
