package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;

import java.util.Optional;

/**
 * The RvIG decision of an application, for the reviewer page of {@code verifyAlbDecision} (and the
 * applicant's own pages). The file itself downloads through {@link UploadService#download}.
 */
@Stateless
public class AlbDecisionQueries {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AlbDecisionRepository albDecisions;

    public AlbDecisionQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public AlbDecisionQueries(ApplicationRepository applications, AlbDecisionRepository albDecisions) {
        this.applications = applications;
        this.albDecisions = albDecisions;
    }

    /** The decision attached last, if any: for reviewers and the organisation's applicants. */
    public Optional<AlbDecisionView> albDecisionOf(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        return albDecisions.latest(application.getId())
                .map(d -> new AlbDecisionView(UploadedFile.of(d.getFile()), d.getAttachedBy(), d.getAttachedAt()));
    }
}
