package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        System.clearProperty(PortalConfig.DATA_DIR);
    }

    @Test
    void shouldUseTheConfiguredKeyStore() throws Exception {
        Path file = dir.resolve("seal.p12");
        SealingKey key = DocumentFixtures.KEYS.sealingKey();
        SealingKeyStoreFile.write(file, key, "pw".toCharArray());
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

    @Test
    void shouldKeepTheDemoKeyInTheDataDirectorySoYesterdaysDocumentsStillVerify() {
        System.setProperty(PortalConfig.DEMO_MODE, "true");
        System.setProperty(PortalConfig.DATA_DIR, dir.resolve("data").toString());

        SealingKey firstStart = producer().sealingKeySource().sealingKey();
        SealingKey secondStart = producer().sealingKeySource().sealingKey();

        assertThat(dir.resolve("data").resolve(DemoSealingKeySource.FILE_NAME)).isRegularFile();
        assertThat(secondStart.certificate()).isEqualTo(firstStart.certificate());
        assertThat(secondStart.privateKey().getEncoded()).isEqualTo(firstStart.privateKey().getEncoded());
    }

    private static SealingKeySourceProducer producer() {
        SealingKeySourceProducer producer = new SealingKeySourceProducer();
        producer.config = new PortalConfig();
        return producer;
    }
}
