package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.alb.AlbListImport;
import nl.dictu.tvs.portal.domain.alb.AlbListRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.alb.AlbCsvImport;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.alb.AlbImportResult;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.trust.input.SizeLimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ALB list for admins: import RvIG's file (all or nothing: one bad line and the current list stays),
 * see who imported which file when, and search the current entries. The checks read the same list.
 */
@Stateless
public class AlbAdministration {

    /** The most entries one search shows; the search narrows it down. */
    public static final int MAX_LISTED = 200;
    static final String AUDIT_ACTION = "albListImported";

    @Inject
    private AlbListRepository alb;

    @Inject
    private PortalConfig config;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public AlbAdministration() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public AlbAdministration(AlbListRepository alb, PortalConfig config, Auditor auditor, Clock clock) {
        this.alb = alb;
        this.config = config;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Imports an uploaded ALB file as the signed-in admin. */
    public AlbImportReport importList(SignedInUser actor, String fileName, byte[] content) {
        AccessPolicy.requireAdmin(actor);
        return importAs(actor.username(), fileName, content);
    }

    /**
     * Imports an upload of the given size as the signed-in admin; an upload above the cap is refused by its
     * size, before a byte of it is read.
     */
    public AlbImportReport importUpload(SignedInUser actor, String fileName, long size, InputStream upload) throws IOException {
        AccessPolicy.requireAdmin(actor);
        if (size > SizeLimit.MAX_UPLOAD_BYTES) {
            return new AlbImportReport(false, 0, List.of(Finding.of(FindingCode.ALB_FILE_TOO_LARGE, size,
                    SizeLimit.MAX_UPLOAD_BYTES)), "", 0);
        }
        return importAs(actor.username(), fileName, upload.readNBytes(SizeLimit.MAX_UPLOAD_BYTES + 1));
    }

    /**
     * Imports the file as the system, but only when no import was ever accepted: demo mode seeds its list
     * this way on every start without ever replacing a list an admin imported.
     */
    public Optional<AlbImportReport> importIfNeverImported(String fileName, byte[] content) {
        if (alb.hasAnyImport()) {
            return Optional.empty();
        }
        return Optional.of(importAs(Auditor.SYSTEM, fileName, content));
    }

    public List<AlbEntry> entries(SignedInUser actor, String search) {
        AccessPolicy.requireAdmin(actor);
        return alb.search(search, MAX_LISTED).stream()
                .map(e -> new AlbEntry(e.getOin(), e.getRegisteredName(), e.getDecisionReference(), e.getDecisionDate()))
                .toList();
    }

    public long entryCount(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return alb.countEntries();
    }

    public Optional<AlbImportView> latestImport(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return alb.latestImports(1).stream().findFirst().map(i -> new AlbImportView(i.getImportedAt(), i.getImportedBy(),
                i.getFileName(), i.getSha256(), i.getLineCount(), i.getEntryCount()));
    }

    private AlbImportReport importAs(String actor, String fileName, byte[] content) {
        String sha256 = Sha256.hex(content);
        AlbImportResult result = new AlbCsvImport(config.isDemoMode()).read(content);
        if (!result.isAccepted()) {
            return new AlbImportReport(false, 0, result.problems(), sha256, 0);
        }
        int lineCount = AlbCsvImport.lineCount(new String(content, StandardCharsets.UTF_8));
        List<AlbListRepository.NewEntry> entries = result.entries().stream()
                .map(e -> new AlbListRepository.NewEntry(e.oin(), e.registeredName(), e.decisionReference(), e.decisionDate()))
                .toList();
        String name = fileName == null || fileName.isBlank() ? "alb.csv" : fileName;
        AlbListImport recorded = alb.replaceAll(new AlbListImport(clock.instant(), actor, name, sha256, lineCount,
                entries.size()), entries);
        auditor.record(actor, AUDIT_ACTION, null, null, Map.of(), Map.of("fileName", recorded.getFileName(),
                "sha256", sha256, "lines", String.valueOf(lineCount), "entries", String.valueOf(entries.size())));
        return new AlbImportReport(true, entries.size(), List.of(), sha256, lineCount);
    }

}
