package nl.dictu.tvs.portal.runtime.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.administration.AlbAdministration;
import nl.dictu.tvs.portal.usecase.administration.AlbImportReport;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.alb.AlbCsvImport;
import nl.dictu.tvs.portal.trust.demo.DemoCertificateAuthority;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, prepares what the trust checks need: the demo CA in the data directory (made once, so
 * {@code TestPki --ca-dir} can issue from it right away), and the demo organisation on the ALB list, put
 * there through the same import an admin uses so demo applications reach registration without an RvIG
 * decision. The list is seeded only while no import was ever accepted: a restart changes nothing, and a
 * list an admin imported is never replaced.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
public class DemoTrustSeeder {

    static final String FILE_NAME = "demo-alb.csv";
    static final String DEMO_DECISION = "RvIG-DEMO-0001";
    static final String DEMO_DECISION_DATE = "2026-01-01";
    private static final Logger LOG = Logger.getLogger(DemoTrustSeeder.class.getName());

    @Inject
    private PortalConfig config;

    @Inject
    private AlbAdministration albAdministration;

    @Inject
    private DemoCertificateAuthority demoAuthority;

    @PostConstruct
    void seed() {
        if (!config.isDemoMode()) {
            return;
        }
        demoAuthority.ca();
        Optional<AlbImportReport> report = albAdministration.importIfNeverImported(FILE_NAME, demoList());
        report.ifPresent(r -> {
            if (!r.accepted()) {
                throw new IllegalStateException("The demo ALB list was refused: " + r.problems());
            }
            LOG.info(() -> "Demo mode: ALB list seeded with " + r.importedCount() + " demo organisation(s)");
        });
    }

    /** The demo ALB file: the demo organisation, in the layout an admin uploads. */
    static byte[] demoList() {
        return (AlbCsvImport.HEADER + "\n" + DemoAccounts.ORGANISATION_OIN + ";" + DemoAccounts.ORGANISATION_NAME + ";"
                + DEMO_DECISION + ";" + DEMO_DECISION_DATE + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
