package nl.dictu.tvs.portal.runtime.delegate;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An offered eIDAS entry is a catalogue entry of its own and so gets a ServiceUUID of its own (tvs-rules M12). */
class ServiceUuidCatalogueEntriesTest {

    @Test
    void shouldGiveAServiceThatOffersEidasASecondEntry() {
        List<ServiceDeclaration> services = List.of(
                new ServiceDeclaration("Parkeervergunning", Set.of(AssuranceLevel.DIGID_SUBSTANTIEEL, AssuranceLevel.EIDAS_SUBSTANTIAL)),
                new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS)));

        assertThat(ServiceUuidIssuer.catalogueEntries(services))
                .containsExactly("Parkeervergunning", "Parkeervergunning (eIDAS)", "Afvalpas");
    }
}
