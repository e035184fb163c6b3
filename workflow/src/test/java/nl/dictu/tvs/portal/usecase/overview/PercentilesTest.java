package nl.dictu.tvs.portal.usecase.overview;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    private static List<Duration> days(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofDays).toList();
    }

    @Test
    void shouldInterpolateTheMedianOfAnEvenNumberOfDurations() {
        assertThat(Percentiles.median(days(4, 1, 3, 2))).isEqualTo(Duration.ofHours(60));
    }

    @Test
    void shouldTakeTheMiddleOfAnOddNumberOfDurationsWhateverTheOrder() {
        assertThat(Percentiles.median(days(9, 1, 5))).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void shouldInterpolateTheNinetiethPercentileBetweenTheClosestRanks() {
        // ranks 0..9 of 1..10 days: 0.9 * 9 = 8.1, so 9 days + 0.1 day
        assertThat(Percentiles.p90(days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).isEqualTo(Duration.ofDays(9).plusMinutes(144));
    }

    @Test
    void shouldLetOneOutlierMoveTheNinetiethPercentileButNotTheMedian() {
        List<Duration> withOutlier = days(2, 2, 2, 2, 2, 2, 2, 2, 2, 200);

        assertThat(Percentiles.median(withOutlier)).isEqualTo(Duration.ofDays(2));
        // rank 8.1: 2 days + 0.1 * 198 days = 21.8 days
        assertThat(Percentiles.p90(withOutlier)).isEqualTo(Duration.ofMinutes(218 * 144));
    }

    @Test
    void shouldReturnTheOnlyDurationForEveryPercentile() {
        assertThat(Percentiles.median(days(3))).isEqualTo(Duration.ofDays(3));
        assertThat(Percentiles.p90(days(3))).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void shouldRefuseNoDurationsAndFractionsOutsideZeroToOne() {
        assertThatThrownBy(() -> Percentiles.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(days(1), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
