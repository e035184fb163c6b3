package nl.dictu.tvs.portal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import java.util.List;

/** An organisation's open applications, newest first, with the steps they wait in. */
@ApplicationScoped
public class ApplicationOverviewQuery {

    public static final String ORGANISATION_OIN = "organisationOin";
    static final int MAX = 200;

    @Inject
    private HistoryService historyService;

    @Inject
    private RuntimeService runtimeService;

    public List<ApplicationSummary> openApplicationsOf(String organisationOin) {
        return historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals(ORGANISATION_OIN, organisationOin)
                .unfinished()
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, MAX)
                .stream()
                .map(this::toSummary)
                .toList();
    }

    private ApplicationSummary toSummary(HistoricProcessInstance instance) {
        List<String> steps = runtimeService.getActiveActivityIds(instance.getId());
        return new ApplicationSummary(instance.getBusinessKey(), instance.getStartTime().toInstant(), steps);
    }
}
