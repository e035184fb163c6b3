package nl.dictu.tvs.portal.shared.secret;

import nl.dictu.tvs.portal.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealerTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final SecretSealer sealer = new SecretSealer(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void shouldOpenWhatItSealedForTheSameAccountOnly() {
        String sealed = sealer.seal(SECRET, "rosa");

        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
        assertThat(SecretSealer.isSealed(sealed)).isTrue();
        assertThat(sealer.open(sealed, "rosa")).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.open(sealed, "bram")).isInstanceOf(SecretsKeyException.class)
                .hasMessageContaining("another key, or the value was altered");
    }

    @Test
    void shouldSealTheSameSecretDifferentlyEachTimeAndFitTheColumn() {
        String first = sealer.seal(SECRET, "rosa");
        String second = sealer.seal(SECRET, "rosa");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.length()).isLessThanOrEqualTo(UserAccount.TOTP_SECRET_MAX);
    }

    @Test
    void shouldRefuseAnAlteredValueOrAnotherKey() {
        String sealed = sealer.seal(SECRET, "rosa");
        char last = sealed.charAt(sealed.length() - 1);
        String altered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        SecretSealer otherKey = new SecretSealer(new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "AES"));

        assertThatThrownBy(() -> sealer.open(altered, "rosa")).isInstanceOf(SecretsKeyException.class);
        assertThatThrownBy(() -> otherKey.open(sealed, "rosa")).isInstanceOf(SecretsKeyException.class);
        assertThatThrownBy(() -> sealer.open(SECRET, "rosa")).as("a plain value").isInstanceOf(SecretsKeyException.class);
    }

    @Test
    void shouldMakeTheDemoKeyOnceReadableByItsOwnerOnly(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve(SecretSealer.DEMO_FILE_NAME);

        byte[] first = SecretsKeyFile.readOrCreate(file, "demo").getEncoded();
        byte[] again = SecretsKeyFile.readOrCreate(file, "demo").getEncoded();

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void shouldSayWhatIsWrongWithAKeyFile(@TempDir Path folder) throws Exception {
        Path shortKey = Files.writeString(folder.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[16]));
        Path notBase64 = Files.writeString(folder.resolve("text.key"), "not a key!");

        assertThatThrownBy(() -> SecretsKeyFile.read(shortKey, "TVS_SECRETS_KEY_FILE")).isInstanceOf(SecretsKeyException.class)
                .hasMessageContaining("holds 16 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretsKeyFile.read(notBase64, "TVS_SECRETS_KEY_FILE")).isInstanceOf(SecretsKeyException.class)
                .hasMessageContaining("is not Base64");
        assertThatThrownBy(() -> SecretsKeyFile.read(folder.resolve("missing.key"), "TVS_SECRETS_KEY_FILE"))
                .isInstanceOf(SecretsKeyException.class).hasMessageStartingWith("Cannot read TVS_SECRETS_KEY_FILE=");
    }
}
