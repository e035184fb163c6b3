package nl.dictu.tvs.portal.usecase.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.application.AlbDecision;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import java.util.List;
import java.util.Locale;

/**
 * What kind of organisation applied, and which kinds of proof of BSN entitlement a care provider may
 * upload: the reviewer's application page, the applicant's ALB upload after submission.
 */
@Stateless
public class ApplicantKindQueries {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AlbDecisionRepository albDecisions;

    @Inject
    private BsnProofKindRepository proofKinds;

    public ApplicantKindQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ApplicantKindQueries(ApplicationRepository applications, OrganisationRepository organisations,
                                AlbDecisionRepository albDecisions, BsnProofKindRepository proofKinds) {
        this.applications = applications;
        this.organisations = organisations;
        this.albDecisions = albDecisions;
        this.proofKinds = proofKinds;
    }

    /** For reviewers and the organisation's applicants; the proof kind named in the language. */
    public ApplicantKindView of(SignedInUser actor, String reference, Locale locale) {
        Application application = applications.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", String.valueOf(reference)));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        Organisation organisation = application.getOrganisation();
        String proofKind = albDecisions.latest(application.getId()).flatMap(AlbDecision::proofKind)
                .map(kind -> kind.nameIn(locale)).orElse(null);
        return new ApplicantKindView(organisation.getKind(), organisation.getRegisterKind(), organisation.getRegisterNumber(),
                proofKind);
    }

    /** The kinds of proof the signed-in applicant's organisation may upload: none unless it is a care provider. */
    public List<ProofKindChoice> proofKindsFor(SignedInUser actor, Locale locale) {
        AccessPolicy.requireApplicant(actor);
        boolean careProvider = organisations.findByOin(actor.organisationOin())
                .filter(o -> o.getKind() == OrganisationKind.CARE_PROVIDER).isPresent();
        return careProvider ? proofKinds(locale) : List.of();
    }

    /** The kinds of proof a care provider may choose now, in the language. */
    public List<ProofKindChoice> proofKinds(Locale locale) {
        return proofKinds.active().stream().map(kind -> new ProofKindChoice(kind.getId(), kind.nameIn(locale))).toList();
    }
}
