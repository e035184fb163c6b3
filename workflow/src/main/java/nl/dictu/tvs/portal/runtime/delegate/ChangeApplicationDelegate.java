package nl.dictu.tvs.portal.runtime.delegate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.IssuedServiceUuid;
import nl.dictu.tvs.portal.domain.change.ChangeRequest;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.usecase.change.ChangeOutcomes;
import nl.dictu.tvs.portal.usecase.expiry.LiveConnections;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code applyChange}: the change becomes a new application version, new services get their ServiceUUIDs (one per
 * environment when the application's existing ones are), a served organisation added to a supplier's cluster gets
 * them for its own services (recorded against its OIN, as the members of the cluster application got theirs), and the live connection of the environment is recorded
 * again from the new version, so the expiry watch covers a new certificate. Each part finds what a failed earlier
 * attempt left, so a retry changes nothing twice.
 */
@Named(ChangeRequestModel.Delegates.APPLICATION)
@Dependent
public class ChangeApplicationDelegate implements JavaDelegate {

    private final ChangeOutcomes outcomes;
    private final ServiceUuidIssuer issuer;
    private final ApplicationRepository applications;
    private final LiveConnections liveConnections;

    @Inject
    public ChangeApplicationDelegate(ChangeOutcomes outcomes, ServiceUuidIssuer issuer, ApplicationRepository applications,
                                     LiveConnections liveConnections) {
        this.outcomes = outcomes;
        this.issuer = issuer;
        this.applications = applications;
        this.liveConnections = liveConnections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> deciders = ProcessVariables.changeDeciders(execution);
        ChangeRequest request = outcomes.apply(ProcessVariables.changeRequestId(execution),
                deciders.isEmpty() ? Auditor.SYSTEM : deciders.get(deciders.size() - 1), execution.getCurrentActivityId());
        long applicationId = request.getApplicationId();
        boolean perEnvironment = perEnvironment(applicationId);
        issuer.issueMissing(applicationId, execution.getCurrentActivityId(), perEnvironment);
        outcomes.member(request.getId()).filter(MemberChange::isAddition).ifPresent(member -> issuer.issueMissingForMember(
                applicationId, member.getOin(), member.getServices(), execution.getCurrentActivityId(), perEnvironment));
        liveConnections.recordFromApplication(applicationId, request.getEnvironment(), Auditor.SYSTEM);
    }

    /** Whether the application's services have a ServiceUUID of their own in each environment. */
    private boolean perEnvironment(long applicationId) {
        return applications.issuedServiceUuids(applicationId).stream()
                .collect(Collectors.groupingBy(IssuedServiceUuid::getServiceName,
                        Collectors.mapping(IssuedServiceUuid::getServiceUuid, Collectors.toSet())))
                .values().stream().anyMatch((Set<String> uuids) -> uuids.size() > 1);
    }
}
