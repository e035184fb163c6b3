package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.usecase.documents.DocumentJobHandler;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;

/** Schedules the document jobs that belong to a task's completion, in the caller's transaction. */
public final class DocumentJobs {

    private DocumentJobs() {
    }

    /** After {@code assessChecklist}: the assessment report, issued by the job executor. */
    public static void scheduleChecklistReport(TaskService engine, long applicationId) {
        ((ServiceImpl) engine).getCommandExecutor().execute(commandContext -> {
            commandContext.getJobManager().send(DocumentJobHandler.job(applicationId));
            return null;
        });
    }
}
