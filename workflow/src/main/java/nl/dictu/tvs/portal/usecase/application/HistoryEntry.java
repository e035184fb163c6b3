package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;

/**
 * One thing that happened to an application, as its applicant may see it: what, when, at which
 * step and by whom. Never the content of a reviewer's decision or note.
 *
 * @param action    the audit action; the bundle's {@code applicant.history.<action>}
 * @param elementId the BPMN element it belongs to (the bundle's {@code step.<id>}), or null
 * @param by        who acted: the applicant's organisation, DICTU, or the portal itself
 * @param username  the applicant who acted; null for DICTU and the portal
 * @param passed    for a check: whether it passed; null otherwise
 */
public record HistoryEntry(Instant at, String action, String elementId, Party by, String username, Boolean passed) {

    /** Who did it, as far as the applicant is told. */
    public enum Party {
        APPLICANT, DICTU, PORTAL
    }
}
