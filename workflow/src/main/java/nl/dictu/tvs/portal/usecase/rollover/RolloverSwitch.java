package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;

import java.util.List;

/**
 * The switch on a next certificate's activation date: the current certificate of its use is retired, the next one
 * becomes current, and the retired one is no longer watched (unless the new one carries the same name).
 */
final class RolloverSwitch {

    private RolloverSwitch() {
    }

    /** @return the certificates retired; none when {@code next} is not a next certificate any more */
    static List<RolloverCertificate> apply(RolloverCertificate next, List<RolloverCertificate> ofConnection) {
        if (next.getState() != RolloverState.NEXT) {
            return List.of();
        }
        List<RolloverCertificate> retired = ofConnection.stream()
                .filter(certificate -> certificate.getUse() == next.getUse() && certificate.getState() == RolloverState.CURRENT)
                .filter(certificate -> certificate != next)
                .toList();
        retired.forEach(RolloverCertificate::retire);
        next.activate();
        LiveConnection connection = next.getConnection();
        for (RolloverCertificate old : retired) {
            if (old.getLabel().equals(next.getLabel())) {
                continue;
            }
            List<WatchedItem> items = connection.getItems().stream()
                    .filter(item -> item.getKind() == old.getUse().watchedKind() && item.getLabel().equals(old.getLabel()))
                    .toList();
            items.forEach(connection::unwatch);
        }
        return retired;
    }
}
