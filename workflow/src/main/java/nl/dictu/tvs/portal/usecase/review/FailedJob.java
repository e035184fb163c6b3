package nl.dictu.tvs.portal.usecase.review;

import java.time.Instant;

/**
 * An automated step that failed: its job, the application, the BPMN element and the error.
 *
 * @param retriesLeft 0 when the engine gave up and raised an incident
 * @param failedAt    when the incident was raised, or when the next attempt is due while retries are left
 */
public record FailedJob(String jobId, String reference, String activityId, String errorMessage, Instant failedAt,
                        int retriesLeft) {

    public boolean isIncident() {
        return retriesLeft == 0;
    }
}
