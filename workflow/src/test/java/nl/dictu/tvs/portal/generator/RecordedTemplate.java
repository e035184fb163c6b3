package nl.dictu.tvs.portal.generator;

import java.time.Instant;
import java.util.List;

/**
 * A template application as it was driven: its ids, and for every step the moment it began
 * (a knot of the timeline) and what kind of step it was.
 */
public record RecordedTemplate(Scenario scenario, String reference, String processInstanceId, long applicationId,
                               List<Instant> knots, List<StepKind> steps) {

    public RecordedTemplate {
        if (knots.size() != steps.size() || knots.isEmpty()) {
            throw new IllegalArgumentException("one knot per step: " + knots.size() + " knots, " + steps.size() + " steps");
        }
        knots = List.copyOf(knots);
        steps = List.copyOf(steps);
    }
}
