package nl.dictu.tvs.portal.usecase.rollover;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.RevocationPolicy;
import nl.dictu.tvs.portal.trust.config.TrustCheckConfiguration;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.metadata.MetadataExpiries;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Certificate rollover of live connections, for portal and imported connections alike: an applicant registers the
 * next certificate of a use with the metadata listing both and the day TVS switches ({@link RolloverCheck}'s rules);
 * applicants and reviewers see what TVS uses when. A new next certificate of a use replaces one that waits still.
 */
@Stateless
public class CertificateRollover {

    static final String REGISTERED = "certificateRolloverRegistered";
    private static final MetadataCheck METADATA_CHECK = new MetadataCheck();

    @Inject
    private LiveConnectionRepository connections;

    @Inject
    private RolloverRepository rollovers;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private TrustCheckConfiguration trust;

    @Inject
    private PortalConfig config;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @EJB
    private RolloverWatch watch;

    /** The applicant's organisation's live connections, each with what TVS uses when. */
    public List<RolloverConnectionView> ofOrganisation(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        LocalDate today = today();
        return rollovers.liveConnectionsOf(actor.organisationOin(), today).stream().map(c -> view(c, today)).toList();
    }

    /** The connections with a rollover, for reviewers. */
    public List<RolloverConnectionView> overview(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        LocalDate today = today();
        return rollovers.connectionsWithRollover().stream()
                .filter(c -> c.getEndsOn().map(end -> end.isAfter(today)).orElse(true))
                .map(c -> view(c, today)).toList();
    }

    /** Runs the daily step now (it takes only the steps not taken yet); returns how many it took. */
    public int runNow(SignedInUser actor) {
        AccessPolicy.requireReviewer(actor);
        return watch.run(clock.instant());
    }

    /** Registers the next certificate of a use of the applicant's live connection; refuses with every problem at its field. */
    public void register(SignedInUser actor, long connectionId, RolloverRequest request) {
        AccessPolicy.requireApplicant(actor);
        LocalDate today = today();
        Instant now = clock.instant();
        LiveConnection connection = connections.find(connectionId)
                .filter(c -> c.getOrganisation().getOin().equals(actor.organisationOin()))
                .filter(c -> c.getEndsOn().map(end -> end.isAfter(today)).orElse(true))
                .orElseThrow(() -> new AccessRefusedException("rollover.connection.notYours"));
        if (request.use() == null) {
            throw ActionRefusedException.of("use", "rollover.use.required");
        }
        RolloverUse use = request.use();
        List<RolloverCertificate> existing = rollovers.ofConnection(connectionId);
        Set<String> currentLabels = currentLabels(connection, existing, use);
        CheckedRollover checked = new RolloverCheck(certificateCheck(), METADATA_CHECK)
                .check(request, connection.getOrganisation().getOin(), Environment.valueOf(connection.getEnvironment().name()),
                        currentLabels, today, now);
        for (RolloverCertificate waiting : existing) {
            if (waiting.getUse() == use && waiting.getState() == RolloverState.NEXT) {
                unwatch(connection, use, waiting.getLabel(), currentLabels);
                rollovers.remove(waiting);
            }
        }
        if (existing.stream().noneMatch(c -> c.getUse() == use && c.getState() == RolloverState.CURRENT)) {
            rollovers.save(new RolloverCertificate(connection, use, RolloverState.CURRENT, facts(checked.current()),
                    connection.getGoLiveDate(), der(checked.current()), null, now, actor.username()));
        }
        RolloverCertificate next = rollovers.save(new RolloverCertificate(connection, use, RolloverState.NEXT,
                facts(checked.next()), request.activationDate(), der(checked.next()), request.metadata(), now, actor.username()));
        if (connection.getItems().stream().noneMatch(i -> i.getKind() == use.watchedKind() && i.getLabel().equals(next.getLabel()))) {
            connection.watch(use.watchedKind(), next.getLabel(), next.getNotAfter());
        }
        auditor.record(actor.username(), REGISTERED, connection.getApplicationId().orElse(null), null, Map.of(),
                Map.of("connection", String.valueOf(connectionId), "use", use.name(), "certificate", next.getLabel(),
                        "activationDate", next.getActivationDate().toString()));
    }

    /** The certificates TVS uses now for the use: the current rollover certificate, else the watched ones of its kind. */
    private static Set<String> currentLabels(LiveConnection connection, List<RolloverCertificate> existing, RolloverUse use) {
        Set<String> current = existing.stream().filter(c -> c.getUse() == use && c.getState() == RolloverState.CURRENT)
                .map(RolloverCertificate::getLabel).collect(Collectors.toSet());
        if (!current.isEmpty()) {
            return current;
        }
        Set<String> pending = existing.stream().filter(c -> c.getUse() == use && c.getState() == RolloverState.NEXT)
                .map(RolloverCertificate::getLabel).collect(Collectors.toSet());
        return connection.getItems().stream().filter(i -> i.getKind() == use.watchedKind())
                .map(i -> i.getLabel()).filter(label -> !pending.contains(label)).collect(Collectors.toSet());
    }

    private static void unwatch(LiveConnection connection, RolloverUse use, String label, Set<String> currentLabels) {
        if (currentLabels.contains(label)) {
            return;
        }
        connection.getItems().stream().filter(i -> i.getKind() == use.watchedKind() && i.getLabel().equals(label))
                .toList().forEach(connection::unwatch);
    }

    private RolloverConnectionView view(LiveConnection connection, LocalDate today) {
        List<RolloverCertificate> certificates = rollovers.ofConnection(connection.getId());
        List<UseTimeline> uses = new ArrayList<>();
        for (RolloverUse use : RolloverUse.values()) {
            List<TimelineEntry> entries = entries(connection, certificates, use);
            Optional<TimelineEntry> usedToday = RolloverTimeline.usedOn(entries, use, today);
            List<TimelineRow> rows = RolloverTimeline.periods(entries, use).stream()
                    .map(period -> TimelineRow.of(period, usedToday.filter(period.entry()::equals).isPresent())).toList();
            Optional<LocalDate> next = certificates.stream().filter(c -> c.getUse() == use && c.getState() == RolloverState.NEXT)
                    .map(RolloverCertificate::getActivationDate).findFirst();
            uses.add(new UseTimeline(use.name(), "rollover.use." + use.name(), rows, next));
        }
        String reference = connection.getApplicationId().flatMap(applications::findById).map(Application::getReference).orElse("");
        return new RolloverConnectionView(connection.getId(), connection.getOrganisation().getName(),
                connection.getOrganisation().getOin(), "expiry.environment." + connection.getEnvironment().name(),
                connection.getEntityIds(), reference, uses);
    }

    /** The rollover certificates of the use; without any, the watched certificates of its kind as current since go-live. */
    static List<TimelineEntry> entries(LiveConnection connection, List<RolloverCertificate> certificates, RolloverUse use) {
        List<TimelineEntry> entries = certificates.stream().filter(c -> c.getUse() == use)
                .map(c -> new TimelineEntry(use, c.getState(), c.getLabel(), c.getActivationDate(),
                        LocalDate.ofInstant(c.getNotBefore(), WorkingDays.ZONE), LocalDate.ofInstant(c.getNotAfter(), WorkingDays.ZONE)))
                .toList();
        if (!entries.isEmpty()) {
            return entries;
        }
        return connection.getItems().stream().filter(i -> i.getKind() == use.watchedKind())
                .map(i -> new TimelineEntry(use, RolloverState.CURRENT, i.getLabel(), connection.getGoLiveDate(),
                        connection.getGoLiveDate(), LocalDate.ofInstant(i.getExpiresAt(), WorkingDays.ZONE)))
                .toList();
    }

    private CertificateCheck certificateCheck() {
        return trust.trustAnchors()
                .map(anchors -> new CertificateCheck(anchors, RevocationPolicy.fromSetting(config.get(TrustCheckConfiguration.TRUST_REVOCATION))))
                .orElseThrow(() -> new ActionRefusedException("rollover.noTrustAnchors"));
    }

    static RolloverCertificate.CertificateFacts facts(X509Certificate certificate) {
        return new RolloverCertificate.CertificateFacts(MetadataExpiries.label(certificate),
                CertificateFacts.sha256Fingerprint(certificate).replace(":", "").toLowerCase(java.util.Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate that was read is encoded again", e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
    }
}
