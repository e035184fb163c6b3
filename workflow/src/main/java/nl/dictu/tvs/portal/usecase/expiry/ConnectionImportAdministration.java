package nl.dictu.tvs.portal.usecase.expiry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.WatchedItemKind;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.metadata.MetadataExpiries;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin's import of DICTU's administration of connections that were live before the portal (CSV or
 * XLSX, see {@link ConnectionImportParser}): all or nothing, as the ALB import. Each row becomes a live
 * connection of its organisation (made when the portal does not know it yet) whose certificates the expiry
 * watch covers from that day; a row for an OIN and environment that is already live in the portal is bad.
 */
@Stateless
public class ConnectionImportAdministration {

    static final String AUDIT_ACTION = "liveConnectionsImported";
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int DIGITAL_SIGNATURE = 0;

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PortalConfig config;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** Imports an upload of the given size as the signed-in admin; an upload above the cap is refused by its size. */
    public ConnectionImportReport importUpload(SignedInUser actor, String fileName, long size, InputStream upload)
            throws IOException {
        AccessPolicy.requireAdmin(actor);
        if (size > SizeLimit.MAX_UPLOAD_BYTES) {
            return new ConnectionImportReport(false, 0, List.of(Finding.of(FindingCode.CONNECTION_IMPORT_FILE_TOO_LARGE,
                    size, SizeLimit.MAX_UPLOAD_BYTES)));
        }
        return importAs(actor.username(), fileName, upload.readNBytes(SizeLimit.MAX_UPLOAD_BYTES + 1));
    }

    private ConnectionImportReport importAs(String actor, String fileName, byte[] content) {
        ConnectionImportResult result = new ConnectionImportParser(config.isDemoMode()).read(content);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
        List<Finding> problems = new ArrayList<>(result.problems());
        result.connections().stream()
                .filter(c -> connections.existsFor(c.oin(), c.environment(), today))
                .map(c -> Finding.of(FindingCode.CONNECTION_IMPORT_ROW_ALREADY_LIVE, c.row(), c.oin(),
                        c.environment().name().toLowerCase(Locale.ROOT)).withEvidence("row", c.row()))
                .forEach(problems::add);
        if (!problems.isEmpty() || !result.isAccepted()) {
            return new ConnectionImportReport(false, 0, problems);
        }
        result.connections().forEach(c -> record(c, actor));
        auditor.record(actor, AUDIT_ACTION, null, null, Map.of(), Map.of(
                "fileName", fileName == null ? "" : fileName, "sha256", Sha256.hex(content),
                "connections", String.valueOf(result.connections().size())));
        return new ConnectionImportReport(true, result.connections().size(), List.of());
    }

    private void record(ImportedConnection row, String actor) {
        Organisation organisation = organisations.findByOin(row.oin())
                .orElseGet(() -> organisations.save(new Organisation(row.oin(), row.organisationName(), clock.instant())));
        LiveConnection connection = connections.save(new LiveConnection(organisation, row.environment(), null,
                String.join("\n", row.entityIds()), String.join("\n", row.services()), row.goLiveDate(),
                clock.instant(), actor));
        for (X509Certificate certificate : row.certificates()) {
            connection.watch(kind(certificate), MetadataExpiries.label(certificate), certificate.getNotAfter().toInstant());
        }
    }

    /** A certificate that may sign is watched as signing; one that only encrypts keys as encryption. */
    static WatchedItemKind kind(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        boolean encryptionOnly = usage != null && !usage[DIGITAL_SIGNATURE] && usage.length > KEY_ENCIPHERMENT
                && usage[KEY_ENCIPHERMENT];
        return encryptionOnly ? WatchedItemKind.ENCRYPTION_CERTIFICATE : WatchedItemKind.SIGNING_CERTIFICATE;
    }
}
