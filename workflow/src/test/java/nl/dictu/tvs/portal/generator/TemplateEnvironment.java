package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import org.camunda.bpm.engine.ProcessEngine;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where templates are driven: the portal's application services and engine, and content that
 * passes (or fails) the environment's trust checks. The container and the benchmark each
 * provide one.
 */
public interface TemplateEnvironment {

    ApplicationCommands applicationCommands();

    TaskCommands taskCommands();

    ChecklistQueries checklistQueries();

    ProcessEngine engine();

    /** Runs one step the way the environment commits: its own transaction, or the caller's. */
    <T> T inTransaction(Supplier<T> work);

    /** An applicant of the template organisation (which must be on the ALB list). */
    SignedInUser applicant();

    /** Two different reviewers, for the four-eyes approvals. */
    SignedInUser assessor();

    SignedInUser approver();

    /** Content that passes the automated checks, or (false) content whose metadata fails them. */
    ApplicationContent content(boolean passesChecks);

    /**
     * After the preproduction approval: the applicant uploads preproduction metadata listing the issued ServiceUUIDs
     * (in the caller's transaction).
     */
    void supplyPreproductionMetadata(String reference);

    /** The production ServiceUUIDs issued to the application with this reference (in its own transaction). */
    List<String> productionServiceUuids(String reference);

    /** A production request whose metadata lists these production ServiceUUIDs and passes the checks. */
    ProductionRequest productionRequest(List<String> productionServiceUuids);
}
