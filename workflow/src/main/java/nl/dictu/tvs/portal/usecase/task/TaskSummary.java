package nl.dictu.tvs.portal.usecase.task;

import java.time.Instant;

/**
 * One open task as a list shows it.
 *
 * @param reference the application's business key, e.g. {@code TVS-2026-00042}
 * @param taskKey   the BPMN element id, stable across languages
 */
public record TaskSummary(String taskId, String reference, String taskKey, String taskName,
                          Instant created, String assignee) {
}
