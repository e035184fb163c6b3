package nl.dictu.tvs.portal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Maps the moments of a template run onto a clone's synthetic timeline. Step {@code i} of the
 * template began at knot {@code K[i]}; in the clone it begins at {@code S[i]}. A moment inside
 * step {@code i} keeps its distance to the step's beginning, so the order of everything the
 * engine wrote is kept, and a moment after the last knot (a timer's due date) keeps its distance
 * to the last step.
 */
public final class Timeline {

    private final Instant[] knots;
    private final Instant[] synthetic;

    public Timeline(List<Instant> knots, List<Instant> synthetic) {
        if (knots.size() != synthetic.size() || knots.isEmpty()) {
            throw new IllegalArgumentException("one synthetic moment per knot");
        }
        this.knots = knots.toArray(Instant[]::new);
        this.synthetic = synthetic.toArray(Instant[]::new);
        for (int i = 1; i < this.knots.length; i++) {
            if (!this.knots[i].isAfter(this.knots[i - 1]) || this.synthetic[i].isBefore(this.synthetic[i - 1])) {
                throw new IllegalArgumentException("knots and synthetic moments must both go forward at step " + i);
            }
        }
    }

    public Instant map(Instant templateMoment) {
        int step = stepOf(templateMoment);
        if (step < 0) {
            return synthetic[0].minus(Duration.between(templateMoment, knots[0]));
        }
        return synthetic[step].plus(Duration.between(knots[step], templateMoment));
    }

    /** When step {@code i} begins in the clone. */
    public Instant stepStart(int i) {
        return synthetic[i];
    }

    public Instant lastStep() {
        return synthetic[synthetic.length - 1];
    }

    private int stepOf(Instant moment) {
        int low = 0;
        int high = knots.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (knots[mid].isAfter(moment)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found;
    }
}
