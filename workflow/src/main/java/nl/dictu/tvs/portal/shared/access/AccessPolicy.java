package nl.dictu.tvs.portal.shared.access;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;

/**
 * Who may do what: applicants only on their own organisation's applications and tasks, reviewers
 * only on reviewer tasks. The web layer's URL constraints come first; this is the rule itself.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static void requireApplicant(SignedInUser actor) {
        if (!actor.hasRole(Role.APPLICANT_NAME) || actor.organisationOin() == null) {
            throw new AccessRefusedException("access.applicantsOnly");
        }
    }

    public static void requireReviewer(SignedInUser actor) {
        if (!actor.hasRole(Role.REVIEWER_NAME)) {
            throw new AccessRefusedException("access.reviewersOnly");
        }
    }

    public static void requireAdmin(SignedInUser actor) {
        if (actor == null || !actor.hasRole(Role.ADMIN_NAME)) {
            throw new AccessRefusedException("access.adminsOnly");
        }
    }

    /** An applicant of the organisation, or a reviewer. */
    public static void requireMayRead(SignedInUser actor, String reference, String organisationOin) {
        if (!actor.hasRole(Role.REVIEWER_NAME)) {
            requireOwnOrganisation(actor, reference, organisationOin);
        }
    }

    static void requireOwnOrganisation(SignedInUser actor, String reference, String organisationOin) {
        requireApplicant(actor);
        if (!actor.organisationOin().equals(organisationOin)) {
            throw new AccessRefusedException("access.notYourApplication", reference);
        }
    }

    /**
     * The application when it belongs to the applicant's organisation. Another organisation's
     * application and one that does not exist are refused alike, so a refusal tells nothing.
     */
    public static Application ownApplication(ApplicationRepository applications, SignedInUser actor, String reference) {
        requireApplicant(actor);
        if (reference == null || reference.isBlank()) {
            throw new AccessRefusedException("access.notYourApplication", "");
        }
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        requireOwnOrganisation(actor, reference, application.getOrganisation().getOin());
        return application;
    }

    /** Reviewer tasks for reviewers, applicant tasks for the applicants of the application's organisation. */
    public static void requireMayWork(SignedInUser actor, String taskKey, String reference, String organisationOin) {
        if (ConnectionRequestModel.REVIEWER_TASKS.contains(taskKey)) {
            requireReviewer(actor);
        } else if (ConnectionRequestModel.APPLICANT_TASKS.contains(taskKey)) {
            requireOwnOrganisation(actor, reference, organisationOin);
        } else {
            throw new AccessRefusedException("access.unknownTask", taskKey);
        }
    }
}
