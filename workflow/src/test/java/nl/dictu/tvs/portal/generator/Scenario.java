package nl.dictu.tvs.portal.generator;

import java.util.function.Consumer;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;

/**
 * Where a generated application stands, with the route that gets a template there and how
 * often it occurs among generated applications (weights are relative).
 */
public enum Scenario {
    SUBMITTED(6, Waiting.REVIEWER, d -> d.submit(true)),
    CORRECTION_REQUESTED(4, Waiting.APPLICANT, d -> d.submit(false)),
    CORRECTED(3, Waiting.REVIEWER, d -> {
        d.submit(false);
        d.correct();
    }),
    REJECTED(4, Waiting.ENDED, d -> {
        d.submit(true);
        d.register(false);
    }),
    SERVICE_UUIDS_ISSUED(5, Waiting.REVIEWER, d -> {
        d.submit(true);
        d.register(true);
    }),
    TEST_ACCOUNTS_DELIVERED(4, Waiting.APPLICANT, d -> {
        registered(d);
        d.deliverTestAccounts();
    }),
    DIGID_ARRANGED(3, Waiting.APPLICANT, d -> {
        registered(d);
        d.arrangeDigid();
        d.deliverTestAccounts();
    }),
    CHECKLIST_ASSESSMENT(6, Waiting.REVIEWER, Scenario::toChecklist),
    CHECKLIST_REWORK(4, Waiting.APPLICANT, d -> {
        toChecklist(d);
        d.assessChecklist(false);
    }),
    CHECKLIST_REASSESSMENT(3, Waiting.REVIEWER, d -> {
        toChecklist(d);
        d.assessChecklist(false);
        d.reworkChecklist();
    }),
    PREPRODUCTION_APPROVAL(4, Waiting.REVIEWER, d -> {
        toChecklist(d);
        d.assessChecklist(true);
    }),
    PREPRODUCTION_APPROVED(8, Waiting.APPLICANT, Scenario::toPreproduction),
    PRODUCTION_ASSESSMENT(4, Waiting.REVIEWER, d -> {
        toPreproduction(d);
        d.requestProduction();
    }),
    PRODUCTION_APPROVAL(3, Waiting.REVIEWER, d -> {
        toPreproduction(d);
        d.requestProduction();
        d.assessProduction();
    }),
    LIVE(25, Waiting.LIVE, Scenario::toLive),
    TERMINATED(2, Waiting.ENDED, d -> {
        toLive(d);
        d.terminate();
    }),
    WITHDRAWN(4, Waiting.ENDED, d -> {
        registered(d);
        d.withdraw();
    }),
    EXPIRED_AT_CORRECTION(3, Waiting.ENDED, d -> {
        d.submit(false);
        d.expire(CORRECT_APPLICATION);
    }),
    EXPIRED_AT_PRODUCTION_REQUEST(3, Waiting.ENDED, d -> {
        toPreproduction(d);
        d.expire(REQUEST_PRODUCTION);
    });

    /** Who the application waits for at the end of the route; decides how old that last step may be. */
    public enum Waiting { APPLICANT, REVIEWER, LIVE, ENDED }

    private final int weight;
    private final Waiting waiting;
    private final Consumer<TemplateDriver> route;

    Scenario(int weight, Waiting waiting, Consumer<TemplateDriver> route) {
        this.weight = weight;
        this.waiting = waiting;
        this.route = route;
    }

    public int weight() {
        return weight;
    }

    public Waiting waiting() {
        return waiting;
    }

    Consumer<TemplateDriver> route() {
        return route;
    }

    private static void registered(TemplateDriver d) {
        d.submit(true);
        d.register(true);
    }

    private static void toChecklist(TemplateDriver d) {
        registered(d);
        d.arrangeDigid();
        d.deliverTestAccounts();
        d.acknowledgeTestAccounts();
    }

    private static void toPreproduction(TemplateDriver d) {
        toChecklist(d);
        d.assessChecklist(true);
        d.approvePreproduction();
        d.uploadPreproductionMetadata();
    }

    private static void toLive(TemplateDriver d) {
        toPreproduction(d);
        d.requestProduction();
        d.assessProduction();
        d.approveProduction();
    }
}
