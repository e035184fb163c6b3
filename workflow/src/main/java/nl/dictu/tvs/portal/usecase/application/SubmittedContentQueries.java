package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;

import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.ApplicationUploads;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;

/**
 * What an application's current version holds (contacts, services, uploaded files), for reviewers
 * and the organisation's own applicants; anyone else learns nothing, not even that it exists. The
 * files download through {@link UploadService#download}, with the same rule.
 */
@Stateless
public class SubmittedContentQueries {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationUploads uploads;

    public SubmittedContentQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public SubmittedContentQueries(ApplicationRepository applications, ApplicationUploads uploads) {
        this.applications = applications;
        this.uploads = uploads;
    }

    public SubmittedContentView contentOf(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        ApplicationVersion version = applications.currentVersion(application);
        return new SubmittedContentView(reference, version.getNumber(), version.contacts(), version.services(),
                version.isEenmaligInloggen(), version.getServiceUuidDelivery(),
                uploads.of(application, version).stream()
                        .map(u -> new SubmittedContentView.Upload(u.file().kind(), u.file().itemCode(), u.file().fileName(),
                                u.file().sha256(), u.storedFileId()))
                        .toList());
    }
}
