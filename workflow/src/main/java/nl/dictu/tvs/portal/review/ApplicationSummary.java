package nl.dictu.tvs.portal.review;

import java.time.Instant;

/**
 * An application as the applicant's list shows it.
 *
 * @param currentStepKeys BPMN element ids of the steps the application is waiting in
 */
public record ApplicationSummary(String reference, Instant started, java.util.List<String> currentStepKeys) {
}
