package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;

/** A step the application has passed: the BPMN element id (the bundle's {@code step.<id>}) and when. */
public record Milestone(String elementId, Instant completedAt) {
}
