package nl.dictu.tvs.portal.usecase.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's incident list (it has no Cockpit): jobs whose last attempt failed, with or without
 * retries left, and the retry that makes the job executor run one again at once.
 */
@Stateless
public class FailedJobs {

    static final int MAX = 200;

    @Inject
    private ManagementService management;

    @Inject
    private RuntimeService runtime;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** Incidents first, then the jobs still retrying; oldest first within each. */
    public List<FailedJob> list(SignedInUser actor) {
        ReviewerTaskList.requireReviewer(actor);
        List<Job> jobs = management.createJobQuery().withException().orderByJobId().asc().listPage(0, MAX);
        if (jobs.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> references = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        Map<String, Date> incidentTimes = runtime.createIncidentQuery().list().stream()
                .filter(i -> i.getConfiguration() != null)
                .collect(Collectors.toMap(Incident::getConfiguration, Incident::getIncidentTimestamp, (a, b) -> a));
        return jobs.stream()
                .map(job -> new FailedJob(job.getId(), references.getOrDefault(job.getProcessInstanceId(), ""),
                        job.getFailedActivityId(), job.getExceptionMessage(),
                        failedAt(job, incidentTimes.get(job.getId())), job.getRetries()))
                .sorted(java.util.Comparator.comparing((FailedJob j) -> !j.isIncident())
                        .thenComparing(FailedJob::failedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Gives the job one more attempt, due now; the incident resolves when it succeeds. */
    public void retry(SignedInUser actor, String jobId) {
        ReviewerTaskList.requireReviewer(actor);
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new ActionRefusedException("incident.jobGone", String.valueOf(jobId));
        }
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, Date.from(clock.instant()));
        String reference = job.getProcessInstanceId() == null ? null : runtime.createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey();
        Long applicationId = reference == null ? null
                : applications.findByReference(reference).map(Application::getId).orElse(null);
        auditor.record(actor.username(), "jobRetried", applicationId, job.getFailedActivityId(),
                Map.of("retries", String.valueOf(job.getRetries())), Map.of("retries", "1"));
    }

    private static java.time.Instant failedAt(Job job, Date incidentTime) {
        Date time = incidentTime != null ? incidentTime : job.getDuedate();
        return time == null ? null : time.toInstant();
    }
}
