package nl.dictu.tvs.portal.generator;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.camunda.bpm.engine.ProcessEngine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** Templates driven on the service test bed: its applicant, reviewers, content and test PKI. */
final class TestBedTemplates implements TemplateEnvironment {

    private final ServiceTestBed bed;

    TestBedTemplates(ServiceTestBed bed) {
        this.bed = bed;
    }

    @Override
    public ApplicationCommands applicationCommands() {
        return bed.applicationCommands;
    }

    @Override
    public TaskCommands taskCommands() {
        return bed.taskCommands;
    }

    @Override
    public ChecklistQueries checklistQueries() {
        return bed.checklistQueries;
    }

    @Override
    public ProcessEngine engine() {
        return bed.engine;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return bed.inTransaction(work);
    }

    @Override
    public SignedInUser applicant() {
        return ServiceTestBed.anne();
    }

    @Override
    public SignedInUser assessor() {
        return ServiceTestBed.reviewer("rev1");
    }

    @Override
    public SignedInUser approver() {
        return ServiceTestBed.reviewer("rev2");
    }

    @Override
    public ApplicationContent content(boolean passesChecks) {
        return passesChecks ? ServiceTestBed.validContent()
                : ServiceTestBed.contentWithMetadata("<not-metadata/>".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> productionServiceUuids(String reference) {
        return bed.inTransaction(() -> {
            long id = bed.applications.findByReference(reference).orElseThrow().getId();
            return bed.applications.issuedServiceUuids(id).stream()
                    .filter(u -> u.getEnvironment() == ConnectionEnvironment.PRODUCTION)
                    .map(u -> u.getServiceUuid()).toList();
        });
    }

    @Override
    public void supplyPreproductionMetadata(String reference) {
        bed.supplyPreproductionMetadata(reference);
    }

    @Override
    public ProductionRequest productionRequest(List<String> productionServiceUuids) {
        return ServiceTestBed.productionRequest(productionServiceUuids, false);
    }
}
