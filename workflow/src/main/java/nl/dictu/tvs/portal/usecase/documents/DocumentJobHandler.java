package nl.dictu.tvs.portal.usecase.documents;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

import java.util.function.LongConsumer;

/**
 * A process-engine job that issues the checklist assessment report of an application. The report
 * belongs to a user task ({@code assessChecklist}) that no asynchronous step follows, so completing
 * the task schedules this job in the same transaction: the job executor runs it afterwards, in a
 * transaction of its own, and retries it when it fails, like any asynchronous service task.
 */
public final class DocumentJobHandler implements JobHandler<DocumentJobHandler.ChecklistReport> {

    public static final String TYPE = "tvs-checklist-assessment-report";

    private final LongConsumer issueChecklistReport;

    /** @param issueChecklistReport issues (or finds) the report of the application with this id */
    public DocumentJobHandler(LongConsumer issueChecklistReport) {
        this.issueChecklistReport = issueChecklistReport;
    }

    /** The job to schedule, inside a command, for the application with this id. */
    public static MessageEntity job(long applicationId) {
        MessageEntity message = new MessageEntity();
        message.setJobHandlerType(TYPE);
        message.setJobHandlerConfiguration(new ChecklistReport(applicationId));
        return message;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(ChecklistReport configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        issueChecklistReport.accept(configuration.applicationId());
    }

    @Override
    public ChecklistReport newConfiguration(String canonicalString) {
        return new ChecklistReport(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(ChecklistReport configuration, JobEntity jobEntity) {
        // nothing is held for the job
    }

    /** The job's configuration: which application's report to issue. */
    public record ChecklistReport(long applicationId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return Long.toString(applicationId);
        }
    }
}
