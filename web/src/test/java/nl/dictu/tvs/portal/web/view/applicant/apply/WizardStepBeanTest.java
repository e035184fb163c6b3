package nl.dictu.tvs.portal.web.view.applicant.apply;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WizardStepBeanTest {

    @Test
    void shouldShowARadioGroupsErrorAtItsFieldset() {
        assertThat(WizardStepBean.fieldOf("eenmaligInloggenChoice")).isEqualTo("eenmaligInloggen");
        assertThat(WizardStepBean.fieldOf("answerD1Choice")).isEqualTo("answerD1");
    }

    @Test
    void shouldShowAMissingLoginMeansAtTheServicesFirstSelectWhicheverSelectWasLeft() {
        assertThat(WizardStepBean.fieldOf("service2EIDAS")).isEqualTo("service2DIGID");
        assertThat(WizardStepBean.fieldOf("service0EHERKENNING")).isEqualTo("service0DIGID");
    }

    @Test
    void shouldKeepOtherFieldIds() {
        assertThat(WizardStepBean.fieldOf("service0Name")).isEqualTo("service0Name");
        assertThat(WizardStepBean.fieldOf("oin")).isEqualTo("oin");
    }
}
