package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeServiceRowTest {

    @Test
    void shouldGiveBackTheLiveServiceUnchangedAndWithTheLevelsChosenOnThePage() {
        ServiceDeclaration live = new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH3));
        ChangeServiceRow row = new ChangeServiceRow(live);

        assertThat(row.toDeclaration()).isEqualTo(live);
        assertThat(row.getLevels()).containsExactly("DIGID_MIDDEN", "EH3");

        row.setLevels(List.of("DIGID_SUBSTANTIEEL"));
        assertThat(row.toDeclaration().minimumLevels()).containsExactly(AssuranceLevel.DIGID_SUBSTANTIEEL);
    }

    @Test
    void shouldRefuseANewServiceWithoutALevelAsTheDomainDoes() {
        ChangeServiceRow row = new ChangeServiceRow();
        row.setName("Parkeren");
        row.setNameEn("Parking");

        assertThatThrownBy(row::toDeclaration).isInstanceOf(InvalidApplicationException.class)
                .satisfies(e -> assertThat(((InvalidApplicationException) e).field()).isEqualTo("minimumLevels"));
    }
}
