package nl.dictu.tvs.portal.usecase.review;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class EngineTimestampsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void shouldReadTheEnginesLocalWallClockAsTheMomentItMeans() {
        // the engine wrote 11:00 local (Amsterdam, winter: UTC+1); a UTC-reading driver hands it over as 11:00Z
        Timestamp asReadInUtc = Timestamp.from(Instant.parse("2026-11-24T11:00:00Z"));

        assertThat(EngineTimestamps.read(asReadInUtc, AMSTERDAM)).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(EngineTimestamps.read(LocalDateTime.parse("2026-07-01T12:00:00"), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(EngineTimestamps.read(null, AMSTERDAM)).isNull();
    }

    @Test
    void shouldBindAMomentSoThatItComparesWithWhatTheEngineWrote() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        Timestamp parameter = EngineTimestamps.parameter(now, AMSTERDAM);

        assertThat(parameter.toInstant()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(EngineTimestamps.read(parameter, AMSTERDAM)).isEqualTo(now);
    }
}
