package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.CheckFindings;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.checking.LiveFindings;
import nl.dictu.tvs.portal.usecase.application.ProductionContent;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.ConvertedRows;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;

/**
 * "Request production" and its correction ({@code applicant/production.xhtml}): production
 * certificate and metadata with the same live findings as the wizard, the confirmation that
 * testing is complete, the desired go-live date, and the answers to the checklist items asked at
 * the production request.
 */
@Named
@ViewScoped
public class ProductionRequestBean extends CertificateMetadataTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "production";

    @EJB
    private ApplicationCommands commands;

    @EJB
    private ChecklistQueries checklists;

    private String taskKey = REQUEST_PRODUCTION;
    private boolean testingCompleted;
    private LocalDate desiredGoLive;
    private List<ProductionChecklistRow> checklistRows = List.of();

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        ApplicantDossier dossier = queries.dossier(user, reference);
        Optional<TaskSummary> open = ApplicantTasks.open(dossier.status(), REQUEST_PRODUCTION, CORRECT_PRODUCTION_REQUEST);
        open.ifPresent(task -> taskKey = task.taskKey());
        checklistRows = checklists.productionItemsOf(user, reference).stream().map(ProductionChecklistRow::new).toList();
        if (CORRECT_PRODUCTION_REQUEST.equals(taskKey)) {
            ProductionContent previous = queries.productionToCorrect(user, reference);
            getInput().setCertificatePem(previous.certificatePem());
            getInput().setMetadataText(previous.metadataText());
            desiredGoLive = previous.desiredGoLive();
            findings = dossier.checks().stream().filter(check -> check.kind() == CheckKind.PRODUCTION).findFirst()
                    .map(CheckFindings::findings).map(FindingsBySubject::of).orElse(FindingsBySubject.NONE);
        }
        return open.isPresent();
    }

    public FindingsBySubject getFindings() {
        return findings == null ? FindingsBySubject.NONE : findings;
    }

    public String submit() {
        if (!takeInput()) {
            return null;
        }
        try {
            if (!runLiveCheck().passed()) {
                PageMessages.error(null, "applicant.production.findingsRemain");
                return null;
            }
            commands.requestProduction(user(), getReference(), new ProductionRequest(getInput().getCertificatePem(),
                    getInput().metadataBytes(), testingCompleted, desiredGoLive,
                    ConvertedRows.of("checklist", checklistRows, ProductionChecklistRow::toAnswer).orThrow()));
        } catch (InvalidApplicationException e) {
            FormFields.invalid(FORM, e);
            return null;
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "productionRequested");
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected LiveFindings liveCheck(CertificateMetadataInput input) {
        return liveChecks.production(user(), getReference(), input.getCertificatePem(), input.metadataBytes());
    }

    public List<ProductionChecklistRow> getChecklistRows() {
        return checklistRows;
    }

    public List<ChecklistAnswerChoice> getChoices() {
        return List.of(ChecklistAnswerChoice.values());
    }

    public String getTaskKey() {
        return taskKey;
    }

    public boolean isTestingCompleted() {
        return testingCompleted;
    }

    public void setTestingCompleted(boolean testingCompleted) {
        this.testingCompleted = testingCompleted;
    }

    public LocalDate getDesiredGoLive() {
        return desiredGoLive;
    }

    public void setDesiredGoLive(LocalDate desiredGoLive) {
        this.desiredGoLive = desiredGoLive;
    }
}
