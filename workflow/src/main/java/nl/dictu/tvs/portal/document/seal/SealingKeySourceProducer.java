package nl.dictu.tvs.portal.document.seal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chooses the sealing key at start-up: the PKCS#12 file from {@value Pkcs12SealingKeySource#KEYSTORE}
 * when set; otherwise, in demo mode only, the demo key kept in the data directory (made on the first
 * start). A production installation without
 * a configured key fails loudly rather than sealing with a key nobody can verify later.
 */
@ApplicationScoped
public class SealingKeySourceProducer {

    private static final Logger LOG = Logger.getLogger(SealingKeySourceProducer.class.getName());

    @Inject
    PortalConfig config;

    @Produces
    @ApplicationScoped
    public SealingKeySource sealingKeySource() {
        return Pkcs12SealingKeySource.fromSettings(config::get)
                .<SealingKeySource>map(source -> source)
                .orElseGet(this::demoOrFail);
    }

    private SealingKeySource demoOrFail() {
        if (!config.isDemoMode()) {
            throw new SealingKeyException("No sealing key configured: set " + Pkcs12SealingKeySource.KEYSTORE
                    + " and " + Pkcs12SealingKeySource.PASSWORD + " (and " + Pkcs12SealingKeySource.ALIAS
                    + " if the file holds several keys)");
        }
        Optional<Path> dataDirectory = config.get(PortalConfig.DATA_DIR).map(Path::of);
        if (dataDirectory.isEmpty()) {
            LOG.warning("Demo mode without " + PortalConfig.DATA_DIR + ": documents are sealed with a demo key made"
                    + " for this process only");
            return new DemoSealingKeySource();
        }
        LOG.warning(() -> "Demo mode: documents are sealed with the demo key in " + dataDirectory.get()
                .resolve(DemoSealingKeySource.FILE_NAME));
        return DemoSealingKeySource.persistedIn(dataDirectory.get());
    }
}
