package nl.dictu.tvs.portal.document.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The production sealing key, from a PKCS#12 file. Configured with {@value #KEYSTORE} (path),
 * {@value #PASSWORD} and optionally {@value #ALIAS} (needed only when the file holds more than one
 * key). The file is read once, when the source is created, so a wrong path or password stops the
 * portal at start-up instead of failing the first document.
 */
public final class Pkcs12SealingKeySource implements SealingKeySource {

    public static final String KEYSTORE = "TVS_SEAL_KEYSTORE";
    public static final String PASSWORD = "TVS_SEAL_KEYSTORE_PASSWORD";
    public static final String ALIAS = "TVS_SEAL_KEY_ALIAS";

    private final SealingKey key;

    public Pkcs12SealingKeySource(Path file, char[] password, String alias) {
        this.key = load(file, password, alias);
    }

    /** Reads the three settings through {@code settings} (e.g. environment variables). */
    public static Optional<Pkcs12SealingKeySource> fromSettings(Function<String, Optional<String>> settings) {
        return settings.apply(KEYSTORE).map(path -> new Pkcs12SealingKeySource(
                Path.of(path),
                settings.apply(PASSWORD).map(String::toCharArray).orElseThrow(() -> new SealingKeyException(
                        KEYSTORE + " is set but " + PASSWORD + " is not: the sealing key store needs its password")),
                settings.apply(ALIAS).orElse(null)));
    }

    @Override
    public SealingKey sealingKey() {
        return key;
    }

    private static SealingKey load(Path file, char[] password, String alias) {
        if (!Files.isReadable(file)) {
            throw new SealingKeyException("The sealing key store " + file + " does not exist or cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias != null ? alias : onlyKeyAlias(store, file);
            Key key = store.getKey(chosen, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SealingKeyException("The sealing key store " + file + " has no private key under alias '"
                        + chosen + "'");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) c);
            }
            return new SealingKey(privateKey, chain);
        } catch (IOException e) {
            throw new SealingKeyException("Cannot read the sealing key store " + file
                    + " (wrong password or not a PKCS#12 file)", e);
        } catch (GeneralSecurityException e) {
            throw new SealingKeyException("Cannot use the sealing key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new SealingKeyException("The sealing key store " + file + " holds " + keys.size()
                    + " keys " + keys + "; set " + ALIAS + " to choose one");
        }
        return keys.get(0);
    }
}
