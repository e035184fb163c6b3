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
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMembership;
import nl.dictu.tvs.portal.usecase.documents.DocumentAssembler;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final ClusterMembership membership;
    private final LiveConnectionRepository connections;

    @Inject
    public ChangeOutcomes(ChangeRequestRepository requests, ApplicationRepository applications, ChangeRequestViews views,
                          DocumentIssuer documents, NotificationQueue queue, UserAccountRepository accounts,
                          Auditor auditor, Clock clock, ClusterMembership membership,
                          LiveConnectionRepository connections) {
        this.membership = membership;
        this.connections = connections;
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
        Map<String, String> after = new LinkedHashMap<>();
        after.put("changeRequest", request.getReference());
        after.put("lane", request.getLane().name());
        after.put("setting", FastLaneSetting.KEY + "=true");
        requests.member(changeRequestId).ifPresent(member -> after.putAll(memberDetails(member)));
        auditor.record(Auditor.SYSTEM, "changeRequestApprovedAutomatically", request.getApplicationId(), elementId,
                Map.of(), after);
    }

    /**
     * Applies the change: a new version of the application with the proposed services and contacts and the
     * environment's new certificate and metadata; the other environment's stay as they are. A request about a served
     * organisation of a cluster connection keeps the current version's content (and its metadata, unless it brings
     * new metadata) and connects or disconnects the organisation in the environment's aansluitbestand on the day it
     * is applied. A request applied already is left as it is.
     *
     * @param decidedBy the user name of the reviewer who decided last, or {@link Auditor#SYSTEM}
     */
    public ChangeRequest apply(long changeRequestId, String decidedBy, String elementId) {
        ChangeRequest request = request(changeRequestId);
        // requests about different served organisations are open together: their applications wait for each other
        connections.find(request.getLiveConnectionId()).ifPresent(connections::lockForChange);
        if (!request.isOpen()) {
            return request;
        }
        Application application = applications.findById(request.getApplicationId()).orElseThrow();
        ApplicationVersion current = applications.currentVersion(application);
        Optional<MemberChange> member = requests.member(changeRequestId);
        ConnectionEnvironment environment = request.getEnvironment();
        ProposedContent proposed;
        String certificatePem;
        byte[] metadata;
        if (member.isPresent()) {
            LiveRegistration live = LiveRegistration.of(current, environment);
            proposed = new ProposedContent(current.services(), current.contacts());
            certificatePem = live.certificatePem();
            metadata = member.get().isNewMetadata() ? request.getMetadata() : live.metadata();
        } else {
            proposed = ProposedContent.fromJson(request.getContentJson());
            certificatePem = request.getCertificatePem();
            metadata = request.getMetadata();
        }
        ApplicationContent content = ChangeRequestViews.contentOf(current, environment, proposed, certificatePem, metadata);
        boolean production = environment == ConnectionEnvironment.PRODUCTION;
        Instant now = clock.instant();
        ApplicationVersion next = applications.saveVersion(application.changedVersion(current, content,
                production ? certificatePem : current.getProductionCertificatePem().orElse(null),
                production ? metadata : current.getProductionMetadata().orElse(null),
                request.getRequestedBy(), now));
        request.applied(next.getNumber(), now, decidedBy);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("changeRequest", request.getReference());
        after.put("version", String.valueOf(next.getNumber()));
        after.put("environment", environment.name());
        member.ifPresent(m -> {
            LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
            changeMembership(application, environment, m, today);
            after.putAll(memberDetails(m));
            after.put("on", today.toString());
        });
        auditor.record(Auditor.SYSTEM, "changeRequestApplied", application.getId(), elementId,
                Map.of("version", String.valueOf(current.getNumber())), after);
        return request;
    }

    /** What a member change request carries about the served organisation; empty for any other change. */
    public Optional<MemberChange> member(long changeRequestId) {
        return requests.member(changeRequestId);
    }

    private void changeMembership(Application application, ConnectionEnvironment environment, MemberChange member,
                                  LocalDate on) {
        List<AansluitbestandRow> rows = membership.rows(application, environment);
        membership.replace(application.getId(), environment, member.isAddition()
                ? ClusterMembership.withConnected(rows, member.getOin(), member.getName(), on)
                : ClusterMembership.withDisconnected(rows, member.getOin(), on));
    }

    static Map<String, String> memberDetails(MemberChange member) {
        return Map.of("memberAction", member.getAction().name(), "servedOrganisation", member.getOin(),
                "servedOrganisationName", member.getName());
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
        List<IssuedServiceNumber> numbers = DocumentAssembler.serviceNumbers(applications, application.getId(),
                request.getEnvironment());
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
