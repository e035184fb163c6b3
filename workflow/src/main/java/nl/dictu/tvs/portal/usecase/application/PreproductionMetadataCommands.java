package nl.dictu.tvs.portal.usecase.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import nl.dictu.tvs.portal.usecase.task.OpenTask;
import nl.dictu.tvs.portal.usecase.task.TaskCompletion;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import java.time.Clock;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.SERVICE_UUID_DELIVERY;

/**
 * The round trip the preproduction approval letter promises ({@code uploadPreproductionMetadata}): the applicant
 * supplies preproduction metadata that lists the issued ServiceUUIDs, or records that the web service sends its
 * ServiceUUID in the AuthnRequest instead. Either is a new version, checked with the automated checks on the spot
 * and refused while they find errors; the preproduction connection is then registered with that version.
 */
@Stateless
public class PreproductionMetadataCommands {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private RuntimeService runtime;

    @Inject
    private TaskService tasks;

    @Inject
    private IdentityService identity;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    @Inject
    private VersionChecks checks;

    public PreproductionMetadataCommands() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public PreproductionMetadataCommands(ApplicationRepository applications, RuntimeService runtime, TaskService tasks,
                                         IdentityService identity, Auditor auditor, Clock clock, VersionChecks checks) {
        this.applications = applications;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.auditor = auditor;
        this.clock = clock;
        this.checks = checks;
    }

    /** Metadata (signed with {@code certificatePem}) that lists the issued ServiceUUIDs in its AttributeConsumingService. */
    public void upload(SignedInUser actor, String reference, String certificatePem, byte[] metadata) {
        supply(actor, reference, certificatePem, metadata, ServiceUuidDelivery.METADATA, "preproductionMetadataUpdated");
    }

    /** The web service sends its ServiceUUID in the AuthnRequest: the metadata as it is, checked in that mode. */
    public void sendServiceUuidInAuthnRequest(SignedInUser actor, String reference) {
        ApplicationVersion current = applications.currentVersion(AccessPolicy.ownApplication(applications, actor, reference));
        supply(actor, reference, current.getCertificatePem(), current.getPreproductionMetadata(),
                ServiceUuidDelivery.AUTHN_REQUEST, "serviceUuidInAuthnRequestChosen");
    }

    private void supply(SignedInUser actor, String reference, String certificatePem, byte[] metadata,
                        ServiceUuidDelivery delivery, String action) {
        Application application = AccessPolicy.ownApplication(applications, actor, reference);
        OpenTask task = OpenTask.byReferenceAndKey(tasks, runtime, reference, UPLOAD_PREPRODUCTION_METADATA)
                .orElseThrow(() -> new ActionRefusedException("application.noPreproductionMetadataExpected", reference));
        ApplicationVersion current = applications.currentVersion(application);
        ApplicationContent content = current.content().withPreproductionMetadata(certificatePem, metadata, delivery);
        if (!VersionChecks.passed(checks.previewAutomated(application, content.certificatePem(),
                content.preproductionMetadata(), content.eenmaligInloggen(), delivery))) {
            throw new ActionRefusedException(delivery == ServiceUuidDelivery.METADATA
                    ? "applicant.preproductionMetadata.findingsRemain" : "applicant.preproductionMetadata.authnRequestFindings");
        }
        ApplicationVersion next = applications.saveVersion(
                application.correctedVersion(current, content, actor.username(), clock.instant()));
        checks.runAutomated(application.getId(), UPLOAD_PREPRODUCTION_METADATA);
        new TaskCompletion(tasks, identity).complete(actor, task.id(), Map.of(SERVICE_UUID_DELIVERY, delivery.name()));
        auditor.record(actor.username(), action, application.getId(), task.key(),
                Map.of("version", String.valueOf(current.getNumber())),
                Map.of("version", String.valueOf(next.getNumber()), "serviceUuidDelivery", delivery.name()));
    }
}
