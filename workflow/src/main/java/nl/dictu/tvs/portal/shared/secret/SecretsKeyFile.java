package nl.dictu.tvs.portal.shared.secret;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The AES-256 key of stored secrets as a file: one line, the 32 bytes in Base64 (as
 * {@code openssl rand -base64 32} writes them). Every node of a cluster reads the same file.
 */
final class SecretsKeyFile {

    static final int KEY_BYTES = 32;
    private static final Logger LOG = Logger.getLogger(SecretsKeyFile.class.getName());

    private SecretsKeyFile() {
    }

    static SecretKey read(Path file, String setting) {
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new SecretsKeyException(setting + "=" + file + " holds " + key.length + " bytes; it must hold "
                        + KEY_BYTES + " random bytes in Base64 (make one with: openssl rand -base64 32)");
            }
            return new SecretKeySpec(key, "AES");
        } catch (IOException e) {
            throw new SecretsKeyException("Cannot read " + setting + "=" + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SecretsKeyException(setting + "=" + file + " is not Base64; it must hold " + KEY_BYTES
                    + " random bytes in Base64 (make one with: openssl rand -base64 32)", e);
        }
    }

    /**
     * The key in {@code file}, made first when there is none: written to a temporary file readable by
     * the owner only and linked into place, so two nodes starting at once end up with one key.
     */
    static SecretKey readOrCreate(Path file, String setting) {
        if (!Files.exists(file)) {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".secrets", ".tmp");
                try {
                    restrictToOwner(temporary);
                    Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                    linkIfAbsent(temporary, file);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                throw new SecretsKeyException("Cannot make the demo secrets key " + file + ": " + e.getMessage()
                        + "; make the data directory (TVS_DATA_DIR) writable", e);
            }
        }
        return read(file, setting);
    }

    /** A hard link is made atomically or not at all: when another node made the key first, its key stays. */
    private static void linkIfAbsent(Path temporary, Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException madeByAnotherNode) {
                LOG.fine(() -> "Another node made " + file + " first; its key is used");
            }
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        // on a file system without POSIX permissions (not the Linux hosts the portal runs on) the folder's apply
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
