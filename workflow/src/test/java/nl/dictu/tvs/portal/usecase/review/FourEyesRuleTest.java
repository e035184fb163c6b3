package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKLIST_ASSESSED_BY;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_ASSESSED_BY;
import static org.assertj.core.api.Assertions.assertThat;

class FourEyesRuleTest {

    private final Map<String, Object> variables = Map.of(CHECKLIST_ASSESSED_BY, "beoordelaar",
            PRODUCTION_ASSESSED_BY, "beoordelaar2");

    @Test
    void shouldTellTheAssessorThatAColleagueMustApprove() {
        assertThat(FourEyesRule.refusal(ConnectionRequestModel.APPROVE_PREPRODUCTION, "beoordelaar", variables::get))
                .hasValue("dossier.fourEyes.youAssessed.approvePreproduction");
        assertThat(FourEyesRule.refusal(ConnectionRequestModel.APPROVE_PRODUCTION, "beoordelaar2", variables::get))
                .hasValue("dossier.fourEyes.youAssessed.approveProduction");
    }

    @Test
    void shouldLetAColleagueApproveAndNameTheAssessor() {
        assertThat(FourEyesRule.refusal(ConnectionRequestModel.APPROVE_PREPRODUCTION, "beoordelaar2", variables::get)).isEmpty();
        assertThat(FourEyesRule.assessor(ConnectionRequestModel.APPROVE_PREPRODUCTION, variables::get)).hasValue("beoordelaar");
    }

    @Test
    void shouldNotApplyToTasksWithoutFourEyes() {
        assertThat(FourEyesRule.refusal(ConnectionRequestModel.ASSESS_CHECKLIST, "beoordelaar", variables::get)).isEmpty();
        assertThat(FourEyesRule.assessor(ConnectionRequestModel.REGISTER_APPLICATION, variables::get)).isEmpty();
    }
}
