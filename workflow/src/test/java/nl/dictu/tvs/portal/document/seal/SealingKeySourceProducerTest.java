package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.platform.PortalConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingKeySourceProducerTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearSettings() {
        System.clearProperty(Pkcs12SealingKeySource.KEYSTORE);
        System.clearProperty(Pkcs12SealingKeySource.PASSWORD);
        System.clearProperty(PortalConfig.DEMO_MODE);
    }

    @Test
    void shouldUseTheConfiguredKeyStore() throws Exception {
        Path file = dir.resolve("seal.p12");
        SealingKey key = DocumentFixtures.KEYS.sealingKey();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", key.privateKey(), "pw".toCharArray(), key.chain().toArray(new Certificate[0]));
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "pw".toCharArray());
        }
        System.setProperty(Pkcs12SealingKeySource.KEYSTORE, file.toString());
        System.setProperty(Pkcs12SealingKeySource.PASSWORD, "pw");

        SealingKeySource source = producer().sealingKeySource();

        assertThat(source).isInstanceOf(Pkcs12SealingKeySource.class);
        assertThat(source.sealingKey().certificate()).isEqualTo(key.certificate());
    }

    @Test
    void shouldRefuseToStartWithoutAKeyOutsideDemoMode() {
        System.setProperty(PortalConfig.DEMO_MODE, "false");

        assertThatThrownBy(() -> producer().sealingKeySource())
                .isInstanceOf(SealingKeyException.class)
                .hasMessageContaining(Pkcs12SealingKeySource.KEYSTORE);
    }

    @Test
    void shouldMakeADemoKeyInDemoMode() {
        System.setProperty(PortalConfig.DEMO_MODE, "true");

        SealingKeySource source = producer().sealingKeySource();

        assertThat(source).isInstanceOf(DemoSealingKeySource.class);
        assertThat(source.sealingKey().certificate().getSubjectX500Principal().getName()).contains("(demo)");
    }

    private static SealingKeySourceProducer producer() {
        SealingKeySourceProducer producer = new SealingKeySourceProducer();
        producer.config = new PortalConfig();
        return producer;
    }
}
