package nl.dictu.tvs.portal.trust.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.alb.AlbListEntry;
import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.OrganisationCredentials;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * In demo mode only: "make a demo certificate and metadata for me". Issues an organisation certificate from
 * the demo CA (which demo mode trusts) and DV metadata signed with it, for the applicant's OIN, organisation,
 * environment, entityID index and Eenmalig Inloggen choice; the result passes the portal's own checks. Every
 * call issues a new certificate, so preproduction and production credentials never share one.
 */
@ApplicationScoped
public class DemoCredentials {

    @Inject
    private DemoCertificateAuthority authority;

    protected DemoCredentials() {
        // for CDI
    }

    /** Outside the container (tests), on the given demo CA. */
    public DemoCredentials(DemoCertificateAuthority authority) {
        this.authority = authority;
    }

    public boolean isAvailable() {
        return authority.isDemoMode();
    }

    public DemoCredentialSet issue(DemoCredentialRequest request) {
        if (!authority.isDemoMode()) {
            throw new DemoCredentialsRefusedException("demo.credentials.demoModeOnly");
        }
        refuseInvalid(request);
        OrganisationCredentials credentials = authority.ca().orElseThrow().organisationCredentials(request.oin(),
                request.organisationName().strip(), request.entityIndex(), request.eenmaligInloggen());
        return new DemoCredentialSet(request.environment(), credentials.entityId(), credentials.certificatePem(),
                credentials.privateKeyPem(), credentials.signedMetadata().getBytes(StandardCharsets.UTF_8),
                CertificateFacts.sha256Fingerprint(credentials.certificate().certificate()));
    }

    private static void refuseInvalid(DemoCredentialRequest request) {
        Optional<Finding> oinProblem = new OinCheck(true).check(request.oin()).stream().filter(Finding::isError).findFirst();
        if (oinProblem.isPresent()) {
            throw refused(oinProblem.get());
        }
        String name = request.organisationName() == null ? "" : request.organisationName().strip();
        if (name.isEmpty() || name.length() > AlbListEntry.NAME_MAX) {
            throw new DemoCredentialsRefusedException("demo.credentials.nameInvalid", String.valueOf(AlbListEntry.NAME_MAX));
        }
        if (request.environment() == null || !request.environment().allowsIndex(request.entityIndex())) {
            String range = request.environment() == null ? "-" : request.environment().indexRange();
            throw refused(Finding.of(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE, request.entityIndex(), range));
        }
    }

    private static DemoCredentialsRefusedException refused(Finding finding) {
        return new DemoCredentialsRefusedException(FindingMessages.keyOf(finding.code()),
                finding.arguments().toArray(String[]::new));
    }
}
