package nl.dictu.tvs.portal.usecase.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterMembershipTest {

    private static final String MUNICIPALITY = "00000099123456789000";
    private static final String NEIGHBOUR = "00000099987654321000";
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    private static final List<AansluitbestandRow> ROWS = List.of(
            new AansluitbestandRow(MUNICIPALITY, "Gemeente Voorbeeldstad", JANUARY, Optional.empty()),
            new AansluitbestandRow(NEIGHBOUR, "Gemeente Buurdorp", JANUARY, Optional.of(LocalDate.of(2026, 3, 1))));

    @Test
    void shouldDisconnectAConnectedMemberOnTheDayAndKeepItsRow() {
        List<AansluitbestandRow> after = ClusterMembership.withDisconnected(ROWS, MUNICIPALITY, MAY);

        assertThat(after).hasSize(2);
        assertThat(after.get(0).disconnectedOn()).contains(MAY);
        assertThat(after.get(0).connectedOn()).isEqualTo(JANUARY);
        assertThat(after.get(1)).isEqualTo(ROWS.get(1));
        assertThat(ClusterMembership.connectedIn(after, MUNICIPALITY)).isEmpty();
    }

    @Test
    void shouldConnectAnOrganisationThatLeftEarlierAgainFromTheDayInItsOwnRow() {
        List<AansluitbestandRow> after = ClusterMembership.withConnected(ROWS, NEIGHBOUR, "Gemeente Buurdorp", MAY);

        assertThat(after).extracting(AansluitbestandRow::oin).containsExactly(MUNICIPALITY, NEIGHBOUR);
        assertThat(ClusterMembership.connectedIn(after, NEIGHBOUR)).hasValueSatisfying(row -> {
            assertThat(row.connectedOn()).isEqualTo(MAY);
            assertThat(row.isConnected()).isTrue();
        });
    }

    @Test
    void shouldAddANewOrganisationInOinOrder() {
        List<AansluitbestandRow> after = ClusterMembership.withConnected(ROWS, "00000099555555550000", "Fysiotherapie De Polder", MAY);

        assertThat(after).extracting(AansluitbestandRow::oin)
                .containsExactly("00000099123456789000", "00000099555555550000", "00000099987654321000");
    }
}
