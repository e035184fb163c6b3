package nl.dictu.tvs.portal.document.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;

/** Writes a sealing key with its chain as a PKCS#12 file, whole or not at all (temporary file, then a move). */
final class SealingKeyStoreFile {

    static final String ALIAS = "seal";

    private SealingKeyStoreFile() {
    }

    static void write(Path file, SealingKey key, char[] password) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(Certificate[]::new));
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new SealingKeyException("Cannot write the sealing key store " + file + ": " + e.getMessage(), e);
        }
    }
}
