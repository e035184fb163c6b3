package nl.dictu.tvs.portal.usecase.expiry;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.connection.LiveConnection;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.domain.connection.WatchedItem;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** DICTU registering an application's environment again, against the database. */
class LiveConnectionsTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final RolloverRepository rollovers = new RolloverRepository(bed.em);
    private final LiveConnections liveConnections = new LiveConnections(new LiveConnectionRepository(bed.em), bed.applications,
            bed.clock, rollovers);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void shouldKeepWatchingANextRolloverCertificateTheRegisteredMetadataDoesNotListYet() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(ServiceTestBed.anne(), ServiceTestBed.validContent()));
        long applicationId = bed.applications.findByReference(reference).orElseThrow().getId();
        Instant nextExpires = bed.clock.instant().plus(Duration.ofDays(700)).truncatedTo(ChronoUnit.SECONDS);
        bed.inTransaction(() -> {
            LiveConnection connection = liveConnections.recordFromApplication(applicationId, ConnectionEnvironment.PREPRODUCTION, "dictu");
            Instant now = bed.clock.instant();
            RolloverCertificate next = rollovers.save(new RolloverCertificate(connection, RolloverUse.SIGNING, RolloverState.NEXT,
                    new RolloverCertificate.CertificateFacts("next signing", "ab".repeat(20), now, nextExpires),
                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(20), new byte[] {1}, null, now, "anne"));
            connection.watch(RolloverUse.SIGNING.watchedKind(), next.getLabel(), next.getNotAfter());
        });

        LiveConnection registeredAgain = bed.inTransaction(() -> {
            LiveConnection connection = liveConnections.recordFromApplication(applicationId, ConnectionEnvironment.PREPRODUCTION, "dictu");
            connection.getItems().size();
            return connection;
        });

        assertThat(registeredAgain.getItems()).filteredOn(i -> i.getLabel().equals("next signing"))
                .extracting(WatchedItem::getKind, WatchedItem::getExpiresAt)
                .containsExactly(tuple(RolloverUse.SIGNING.watchedKind(), nextExpires));
        assertThat(registeredAgain.getItems()).as("the metadata's own certificates, watched again").hasSizeGreaterThan(1);
    }
}
