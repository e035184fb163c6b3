package nl.dictu.tvs.portal.trust.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.testpki.CaStore;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo CA: in demo mode, the root and intermediate in {@code <data dir>/}{@value #FOLDER}, made on first use
 * and read back after every restart, so demo certificates issued earlier keep chaining to the same root.
 * Outside demo mode there is none: nothing is created and nothing is trusted.
 */
@ApplicationScoped
public class DemoCertificateAuthority {

    public static final String FOLDER = "demo-pki";
    private static final Logger LOG = Logger.getLogger(DemoCertificateAuthority.class.getName());

    private boolean demoMode;
    private Path folder;
    private volatile TestPki ca;

    protected DemoCertificateAuthority() {
        // for CDI
    }

    /** Outside the container (tests), for the given mode and folder. */
    public DemoCertificateAuthority(boolean demoMode, Path folder) {
        this.demoMode = demoMode;
        this.folder = folder;
    }

    @Inject
    void configure(PortalConfig config) {
        this.demoMode = config.isDemoMode();
        this.folder = config.get(PortalConfig.DATA_DIR).map(Path::of).orElse(Path.of("data")).resolve(FOLDER);
    }

    public boolean isDemoMode() {
        return demoMode;
    }

    /** Where the CA is kept (also outside demo mode, where it is never created). */
    public Path folder() {
        return folder;
    }

    /** The demo CA, created on first use; empty outside demo mode. */
    public Optional<TestPki> ca() {
        if (!demoMode) {
            return Optional.empty();
        }
        TestPki loaded = ca;
        if (loaded == null) {
            synchronized (this) {
                if (ca == null) {
                    try {
                        ca = CaStore.loadOrCreate(folder);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read or create the demo CA in " + folder
                                + ": make the data directory (TVS_DATA_DIR) writable", e);
                    }
                    LOG.info(() -> "Demo mode: certificates issued by the demo CA in " + folder.toAbsolutePath() + " are trusted");
                }
                loaded = ca;
            }
        }
        return Optional.of(loaded);
    }
}
