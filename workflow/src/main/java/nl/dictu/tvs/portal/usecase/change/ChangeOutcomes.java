package nl.dictu.tvs.portal.usecase.change;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.Environment;
import nl.dictu.tvs.portal.document.IssuedServiceNumber;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.ChangeRequestRepository;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.usecase.documents.DocumentAssembler;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the change-request process does by itself, each step idempotent so a retried job changes nothing twice:
 * recording an automatic approval, applying the change as a new application version (never an edit in place),
 * issuing the sealed change confirmation and mailing it, and telling the members of a refusal.
 */
@Dependent
public class ChangeOutcomes {

    private final ChangeRequestRepository requests;
    private final ApplicationRepository applications;
    private final ChangeRequestViews views;
    private final DocumentIssuer documents;
    private final NotificationQueue queue;
    private final UserAccountRepository accounts;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public ChangeOutcomes(ChangeRequestRepository requests, ApplicationRepository applications, ChangeRequestViews views,
                          DocumentIssuer documents, NotificationQueue queue, UserAccountRepository accounts,
                          Auditor auditor, Clock clock) {
        this.requests = requests;
        this.applications = applications;
        this.views = views;
        this.documents = documents;
        this.queue = queue;
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The audit event that says the portal approved a fast-lane change by the admin's setting, without a reviewer. */
    public void approvedAutomatically(long changeRequestId, String elementId) {
        ChangeRequest request = request(changeRequestId);
        auditor.record(Auditor.SYSTEM, "changeRequestApprovedAutomatically", request.getApplicationId(), elementId,
                Map.of(), Map.of("changeRequest", request.getReference(), "lane", request.getLane().name(),
                        "setting", FastLaneSetting.KEY + "=true"));
    }

    /**
     * Applies the change: a new version of the application with the proposed services and contacts and the
     * environment's new certificate and metadata; the other environment's stay as they are. A request applied
     * already is left as it is.
     *
     * @param decidedBy the user name of the reviewer who decided last, or {@link Auditor#SYSTEM}
     */
    public ChangeRequest apply(long changeRequestId, String decidedBy, String elementId) {
        ChangeRequest request = request(changeRequestId);
        if (!request.isOpen()) {
            return request;
        }
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        ApplicationVersion current = applications.currentVersion(application);
        ApplicationContent content = ChangeRequestViews.contentOf(current, request.getEnvironment(),
                ProposedContent.fromJson(request.getContentJson()), request.getCertificatePem(), request.getMetadata());
        boolean production = request.getEnvironment() == ConnectionEnvironment.PRODUCTION;
        Instant now = clock.instant();
        ApplicationVersion next = applications.saveVersion(application.changedVersion(current, content,
                production ? request.getCertificatePem() : current.getProductionCertificatePem().orElse(null),
                production ? request.getMetadata() : current.getProductionMetadata().orElse(null),
                request.getRequestedBy(), now));
        request.applied(next.getNumber(), now, decidedBy);
        auditor.record(Auditor.SYSTEM, "changeRequestApplied", application.getId(), elementId,
                Map.of("version", String.valueOf(current.getNumber())),
                Map.of("changeRequest", request.getReference(), "version", String.valueOf(next.getNumber()),
                        "environment", request.getEnvironment().name()));
        return request;
    }

    /** Issues the change confirmation once (in the applicant's language) and mails it to every member. */
    public StoredDocument confirm(long changeRequestId, List<String> deciders) {
        ChangeRequest request = request(changeRequestId);
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        StoredDocument confirmation = documents.changeConfirmation(application.getId(), request.getNumber(),
                locale -> data(application, request, deciders, locale));
        queue.queue("change:" + request.getReference() + ":applied", MailTemplates.CHANGE_REQUEST_APPLIED,
                application.getOrganisation().getOin(),
                new MailParameters(request.getReference(), "", application.getReference()), confirmation.getId());
        return confirmation;
    }

    /** Tells every member that DICTU refused the request, and why. */
    public void refused(long changeRequestId) {
        ChangeRequest request = request(changeRequestId);
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        queue.queue("change:" + request.getReference() + ":refused", MailTemplates.CHANGE_REQUEST_REFUSED,
                application.getOrganisation().getOin(),
                new MailParameters(request.getReference(), "", request.getRefusalReason().orElse("")));
    }

    private ChangeConfirmationData data(Application application, ChangeRequest request, List<String> deciders,
                                        Locale locale) {
        Environment environment = Environment.valueOf(request.getEnvironment().name());
        List<IssuedServiceNumber> numbers = applications.issuedServiceUuids(application.getId()).stream()
                .filter(u -> u.getEnvironment() == request.getEnvironment())
                .map(u -> new IssuedServiceNumber(u.getServiceName(), environment, u.getServiceUuid()))
                .toList();
        return new ChangeConfirmationData(request.getReference(), application.getReference(),
                DocumentAssembler.organisation(application), environment, request.getEndedAt().orElseThrow(),
                request.getAppliedVersion().orElseThrow(), accounts.displayNameOf(request.getRequestedBy()),
                deciders.stream().map(accounts::displayNameOf).toList(),
                views.differences(application, request, locale).stream()
                        .map(d -> new ChangeConfirmationData.ChangedField(d.label(), d.before(), d.after())).toList(),
                numbers);
    }

    private ChangeRequest request(long id) {
        return requests.find(id).orElseThrow(() -> new IllegalStateException("No change request with id " + id));
    }
}
