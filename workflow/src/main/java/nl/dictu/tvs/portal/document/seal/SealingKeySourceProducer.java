package nl.dictu.tvs.portal.document.seal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.platform.PortalConfig;

import java.util.logging.Logger;

/**
 * Chooses the sealing key at start-up: the PKCS#12 file from {@value Pkcs12SealingKeySource#KEYSTORE}
 * when set; otherwise, in demo mode only, a generated demo key. A production installation without
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
        LOG.warning("Demo mode: documents are sealed with a demo key generated at start-up");
        return new DemoSealingKeySource();
    }
}
