package nl.dictu.tvs.portal.web.view.assessment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.FileDownload;
import nl.dictu.tvs.portal.usecase.assessment.SecurityAssessments;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a delivered assessment PDF as an attachment under its own name, never inline. */
final class AssessmentReportDownload {

    private AssessmentReportDownload() {
    }

    /** Sends the assessment's PDF, or shows why not as the page's message. */
    static void offer(SecurityAssessments assessments, SignedInUser user, long assessmentId) {
        try {
            send(assessments.report(user, assessmentId));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    private static void send(FileDownload file) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.mediaType());
        external.setResponseContentLength(file.content().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("X-Content-SHA256", file.sha256());
        try {
            external.getResponseOutputStream().write(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
