package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.application.MessageLabel;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.certificate.CertificateReadResult;
import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.certificate.CertificateUse;
import nl.dictu.tvs.portal.trust.certificate.ChainOrder;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.KeyDescriptorCertificates;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheckRequest;
import nl.dictu.tvs.portal.trust.metadata.MetadataExpiries;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a rollover, checked all at once with each refusal at its field ({@code certificate}, {@code metadata},
 * {@code activationDate}): the next certificate carries the organisation's OIN and passes the PKIoverheid checks of
 * the trust checks (path to an anchor, key, algorithm, key usage for its use); the activation date is not in the past
 * and lies within the next certificate's validity; the metadata lists the current and the next certificate for the
 * use and passes the metadata trust checks (a next certificate not valid yet is no defect there: that is the point).
 */
public final class RolloverCheck {

    public static final String CERTIFICATE = "certificate";
    public static final String METADATA = "metadata";
    public static final String ACTIVATION_DATE = "activationDate";

    /** What the rules on the activation date and the OIN judge themselves, instead of the trust checks. */
    private static final Set<FindingCode> JUDGED_HERE = EnumSet.of(FindingCode.CERTIFICATE_EXPIRED,
            FindingCode.CERTIFICATE_NOT_YET_VALID, FindingCode.CERTIFICATE_OIN_MISSING, FindingCode.CERTIFICATE_OIN_MISMATCH);
    private static final CertificateReader READER = new CertificateReader();

    private final CertificateCheck certificateCheck;
    private final MetadataCheck metadataCheck;

    public RolloverCheck(CertificateCheck certificateCheck, MetadataCheck metadataCheck) {
        this.certificateCheck = certificateCheck;
        this.metadataCheck = metadataCheck;
    }

    /**
     * @param oin           the organisation's OIN
     * @param currentLabels how the certificates TVS uses now for the use are named ({@link MetadataExpiries#label})
     * @return the next and the current certificate; throws {@link ActionRefusedException} with every refusal otherwise
     */
    public CheckedRollover check(RolloverRequest request, String oin, Environment environment, Set<String> currentLabels,
                                 LocalDate today, Instant now) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        CertificateReadResult read = READER.read(request.certificate());
        Optional<X509Certificate> next = read.problem().isPresent() ? Optional.empty() : ChainOrder.endEntityOf(read.certificates());
        if (next.isEmpty()) {
            refusals.add(ActionRefusedException.of(CERTIFICATE, "rollover.certificate.unreadable"));
        } else {
            checkCertificate(next.get(), read.certificates(), request.use(), oin, currentLabels, now, refusals);
        }
        checkActivationDate(request.activationDate(), next, today, refusals);
        Optional<X509Certificate> current = Optional.empty();
        if (request.metadata().length == 0) {
            refusals.add(ActionRefusedException.of(METADATA, "rollover.metadata.required"));
        } else {
            current = checkMetadata(request, next, read.certificates(), oin, environment, currentLabels, now, refusals);
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
        return new CheckedRollover(next.orElseThrow(), current.orElseThrow());
    }

    private void checkCertificate(X509Certificate next, List<X509Certificate> chain, RolloverUse use, String oin,
                                  Set<String> currentLabels, Instant now, List<ActionRefusedException> refusals) {
        Optional<String> certificateOin = CertificateFacts.oin(next);
        if (certificateOin.isEmpty()) {
            refusals.add(ActionRefusedException.of(CERTIFICATE, "rollover.certificate.noOin", oin));
        } else if (!certificateOin.get().equals(oin)) {
            refusals.add(ActionRefusedException.of(CERTIFICATE, "rollover.certificate.otherOin", certificateOin.get(), oin));
        }
        if (currentLabels.contains(MetadataExpiries.label(next))) {
            refusals.add(ActionRefusedException.of(CERTIFICATE, "rollover.certificate.alreadyCurrent"));
        }
        // judged when it is valid (or now, if it is already), so only its chain, key and usage count here
        Instant at = next.getNotBefore().toInstant().isAfter(now) ? next.getNotBefore().toInstant() : now;
        certificateCheck.checkEndEntity(next, certificateUse(use), chain, oin, at).stream()
                .filter(Finding::isError).filter(finding -> !JUDGED_HERE.contains(finding.code()))
                .forEach(finding -> refusals.add(asRefusal(CERTIFICATE, finding)));
    }

    /** The activation date: given, not in the past, and within the next certificate's validity (from its first whole day). */
    static void checkActivationDate(LocalDate activationDate, Optional<X509Certificate> next, LocalDate today,
                                    List<ActionRefusedException> refusals) {
        if (activationDate == null) {
            refusals.add(ActionRefusedException.of(ACTIVATION_DATE, "rollover.activationDate.required"));
            return;
        }
        if (activationDate.isBefore(today)) {
            refusals.add(ActionRefusedException.of(ACTIVATION_DATE, "rollover.activationDate.past", today.toString()));
            return;
        }
        next.ifPresent(certificate -> {
            Instant switchAt = activationDate.atStartOfDay(WorkingDays.ZONE).toInstant();
            Instant validFrom = certificate.getNotBefore().toInstant();
            Instant validUntil = certificate.getNotAfter().toInstant();
            if (switchAt.isBefore(validFrom)) {
                LocalDate firstDay = LocalDate.ofInstant(validFrom, WorkingDays.ZONE);
                LocalDate earliest = firstDay.atStartOfDay(WorkingDays.ZONE).toInstant().isBefore(validFrom) ? firstDay.plusDays(1) : firstDay;
                refusals.add(ActionRefusedException.of(ACTIVATION_DATE, "rollover.activationDate.beforeValid",
                        firstDay.toString(), earliest.toString()));
            } else if (!switchAt.isBefore(validUntil)) {
                refusals.add(ActionRefusedException.of(ACTIVATION_DATE, "rollover.activationDate.afterExpiry",
                        LocalDate.ofInstant(validUntil, WorkingDays.ZONE).toString()));
            }
        });
    }

    private Optional<X509Certificate> checkMetadata(RolloverRequest request, Optional<X509Certificate> next,
                                                    List<X509Certificate> chain, String oin, Environment environment,
                                                    Set<String> currentLabels, Instant now, List<ActionRefusedException> refusals) {
        RolloverUse use = request.use();
        List<X509Certificate> listed = KeyDescriptorCertificates.of(request.metadata()).stream()
                .filter(certificate -> use == RolloverUse.SIGNING ? certificate.signs() : certificate.encrypts())
                .map(KeyDescriptorCertificates.Listed::certificate).toList();
        next.filter(certificate -> !listed.contains(certificate)).ifPresent(certificate -> refusals.add(
                ActionRefusedException.of(METADATA, "rollover.metadata.nextMissing", MetadataExpiries.label(certificate))));
        Optional<X509Certificate> current = listed.stream()
                .filter(certificate -> currentLabels.contains(MetadataExpiries.label(certificate)))
                .filter(certificate -> next.map(n -> !n.equals(certificate)).orElse(true)).findFirst();
        if (current.isEmpty()) {
            refusals.add(ActionRefusedException.of(METADATA, "rollover.metadata.currentMissing",
                    currentLabels.isEmpty() ? "-" : String.join(", ", currentLabels.stream().sorted().toList())));
        }
        MetadataCheckRequest checkRequest = new MetadataCheckRequest(oin, environment, false, Set.of(), Optional.empty(),
                ServiceUuidMode.METADATA, now);
        String nextPrefix = next.map(certificate -> CertificateFacts.sha256Fingerprint(certificate).replace(":", "").substring(0, 8))
                .orElse("");
        metadataCheck.check(request.metadata(), checkRequest, certificateCheck, chain, now).findings().stream()
                .filter(Finding::isError)
                .filter(finding -> !(finding.code() == FindingCode.METADATA_CERTIFICATE_NOT_YET_VALID
                        && finding.arguments().size() > 2 && finding.arguments().get(2).equals(nextPrefix)))
                .forEach(finding -> refusals.add(asRefusal(METADATA, finding)));
        return current;
    }

    /** A trust-check finding as a refusal at the field: its own message, a term in the reader's language, a day as ISO date. */
    static ActionRefusedException asRefusal(String field, Finding finding) {
        String[] arguments = finding.arguments().stream()
                .map(argument -> argument.startsWith("term:") ? MessageLabel.of("trustTerm." + argument.substring(5))
                        : argument.startsWith("date:") ? argument.substring(5) : argument)
                .toArray(String[]::new);
        return ActionRefusedException.of(field, FindingMessages.keyOf(finding.code()), arguments);
    }

    static CertificateUse certificateUse(RolloverUse use) {
        return use == RolloverUse.SIGNING ? CertificateUse.SIGNING : CertificateUse.ENCRYPTION;
    }
}
