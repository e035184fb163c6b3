package nl.dictu.tvs.portal.domain.checklist;

/**
 * When an item is asked: with the application (before the preproduction connection) or with the
 * production request (e.g. Logius' C1, which does not apply to a preproduction connection).
 */
public enum ChecklistPhase {
    PREPRODUCTION,
    PRODUCTION
}
