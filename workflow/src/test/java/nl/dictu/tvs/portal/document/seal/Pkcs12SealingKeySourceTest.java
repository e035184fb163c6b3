package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.document.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Map;
import java.util.Optional;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs12SealingKeySourceTest {

    private static final char[] PASSWORD = "zegel-wachtwoord".toCharArray();

    @TempDir
    Path dir;

    @Test
    void shouldSealWithTheKeyFromTheConfiguredFile() throws Exception {
        Path file = keyStore("seal");
        Map<String, String> settings = Map.of(
                Pkcs12SealingKeySource.KEYSTORE, file.toString(),
                Pkcs12SealingKeySource.PASSWORD, new String(PASSWORD));

        SealingKeySource source = Pkcs12SealingKeySource.fromSettings(n -> Optional.ofNullable(settings.get(n))).orElseThrow();
        DocumentService service = new DocumentService(source);

        assertThat(source.sealingKey().certificate()).isEqualTo(DocumentFixtures.KEYS.sealingKey().certificate());
        assertThat(source.sealingKey().chain()).hasSize(2);
        assertThat(service.verifySeal(service.receipt(SampleDocuments.receipt(), DUTCH).content()).isValid()).isTrue();
    }

    @Test
    void shouldNotBeConfiguredWithoutAKeyStorePath() {
        assertThat(Pkcs12SealingKeySource.fromSettings(n -> Optional.empty())).isEmpty();
    }

    @Test
    void shouldExplainAWrongPassword() throws Exception {
        Path file = keyStore("seal");

        assertThatThrownBy(() -> new Pkcs12SealingKeySource(file, "fout".toCharArray(), null))
                .isInstanceOf(SealingKeyException.class)
                .hasMessageContaining("wrong password");
    }

    @Test
    void shouldAskForTheAliasWhenTheFileHoldsSeveralKeys() throws Exception {
        Path file = keyStore("seal", "old-seal");

        assertThatThrownBy(() -> new Pkcs12SealingKeySource(file, PASSWORD, null))
                .isInstanceOf(SealingKeyException.class)
                .hasMessageContaining(Pkcs12SealingKeySource.ALIAS);
        assertThat(new Pkcs12SealingKeySource(file, PASSWORD, "old-seal").sealingKey().certificate())
                .isEqualTo(DocumentFixtures.KEYS.sealingKey().certificate());
    }

    @Test
    void shouldRequireThePasswordWhenAPathIsSet() {
        Map<String, String> settings = Map.of(Pkcs12SealingKeySource.KEYSTORE, dir.resolve("x.p12").toString());

        assertThatThrownBy(() -> Pkcs12SealingKeySource.fromSettings(n -> Optional.ofNullable(settings.get(n))))
                .isInstanceOf(SealingKeyException.class)
                .hasMessageContaining(Pkcs12SealingKeySource.PASSWORD);
    }

    private Path keyStore(String... aliases) throws Exception {
        SealingKey key = DocumentFixtures.KEYS.sealingKey();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            store.setKeyEntry(alias, key.privateKey(), PASSWORD, key.chain().toArray(new Certificate[0]));
        }
        Path file = dir.resolve("seal.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }
}
