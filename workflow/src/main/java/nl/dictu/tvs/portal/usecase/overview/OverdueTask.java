package nl.dictu.tvs.portal.usecase.overview;

import java.time.Instant;

/** An open reviewer task past its five working days. */
public record OverdueTask(String taskId, String reference, String taskKey, Instant created, String assignee) {
}
