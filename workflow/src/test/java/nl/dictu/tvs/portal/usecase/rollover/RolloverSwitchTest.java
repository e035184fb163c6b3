package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.domain.connection.WatchedItemKind;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolloverSwitchTest {

    private static final Instant NOW = Instant.parse("2026-06-15T04:43:00Z");
    private final LiveConnection connection = new LiveConnection(new Organisation("00000099123456789000", "Gemeente", NOW),
            ConnectionEnvironment.PRODUCTION, null, "urn:nl-eid-gdi:1.0:DV:00000099123456789000:entities:0001", "", LocalDate.of(2025, 1, 1),
            NOW, "import");
    private final RolloverCertificate current = certificate(RolloverUse.SIGNING, RolloverState.CURRENT, "old");
    private final RolloverCertificate next = certificate(RolloverUse.SIGNING, RolloverState.NEXT, "new");
    private final RolloverCertificate encryption = certificate(RolloverUse.ENCRYPTION, RolloverState.CURRENT, "enc");

    private RolloverCertificate certificate(RolloverUse use, RolloverState state, String label) {
        connection.watch(use.watchedKind(), label, NOW.plusSeconds(86_400L * 400));
        return new RolloverCertificate(connection, use, state,
                new RolloverCertificate.CertificateFacts(label, "ab".repeat(32), NOW.minusSeconds(86_400), NOW.plusSeconds(86_400L * 400)),
                LocalDate.of(2026, 6, 15), new byte[] {1}, null, NOW, "aanvrager");
    }

    @Test
    void shouldMakeTheNextCertificateCurrentAndRetireTheOldOneOfTheSameUse() {
        List<RolloverCertificate> retired = RolloverSwitch.apply(next, List.of(current, next, encryption));

        assertThat(retired).containsExactly(current);
        assertThat(next.getState()).isEqualTo(RolloverState.CURRENT);
        assertThat(current.getState()).isEqualTo(RolloverState.RETIRED);
        assertThat(encryption.getState()).isEqualTo(RolloverState.CURRENT);
    }

    @Test
    void shouldStopWatchingTheOldCertificateAndKeepWatchingTheRest() {
        RolloverSwitch.apply(next, List.of(current, next, encryption));

        assertThat(connection.getItems()).extracting(WatchedItem::getLabel).containsExactlyInAnyOrder("new", "enc");
        assertThat(connection.getItems()).extracting(WatchedItem::getKind)
                .containsExactlyInAnyOrder(WatchedItemKind.SIGNING_CERTIFICATE, WatchedItemKind.ENCRYPTION_CERTIFICATE);
    }

    @Test
    void shouldChangeNothingWhenAppliedAgain() {
        RolloverSwitch.apply(next, List.of(current, next, encryption));

        List<RolloverCertificate> again = RolloverSwitch.apply(next, List.of(current, next, encryption));

        assertThat(again).isEmpty();
        assertThat(next.getState()).isEqualTo(RolloverState.CURRENT);
        assertThat(current.getState()).isEqualTo(RolloverState.RETIRED);
        assertThat(connection.getItems()).hasSize(2);
    }
}
