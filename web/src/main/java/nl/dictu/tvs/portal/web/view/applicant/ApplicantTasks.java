package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;

/** The applicant's open tasks on an application and the page where each is done. */
final class ApplicantTasks {

    /** The page of each task that has a form of its own; the others are done on the application page. */
    static final Map<String, String> FORMS = Map.of(
            CORRECT_APPLICATION, "/applicant/correct.xhtml",
            UPLOAD_ALB_DECISION, "/applicant/alb-decision.xhtml",
            REWORK_CHECKLIST, "/applicant/rework.xhtml",
            REQUEST_PRODUCTION, "/applicant/production.xhtml",
            CORRECT_PRODUCTION_REQUEST, "/applicant/production.xhtml",
            UPLOAD_PREPRODUCTION_METADATA, "/applicant/preproduction-metadata.xhtml");

    private ApplicantTasks() {
    }

    static List<TaskSummary> open(ApplicationStatusView status) {
        return status.openTasks().stream()
                .filter(task -> ConnectionRequestModel.APPLICANT_TASKS.contains(task.taskKey()))
                .toList();
    }

    static Optional<TaskSummary> open(ApplicationStatusView status, String... keys) {
        List<String> wanted = List.of(keys);
        return open(status).stream().filter(task -> wanted.contains(task.taskKey())).findFirst();
    }

    /** Back to the application page after a task, with what was done for the page to confirm. */
    static String backToApplication(String reference, String done) {
        return "/applicant/application.xhtml?faces-redirect=true&reference=" + reference + "&done=" + done;
    }
}
