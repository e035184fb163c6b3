package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.shared.findings.ReadableFinding;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A change request as its applicant follows it and a reviewer works it: what it changes against the version it
 * started from, the checks on it, its route and status, who is to move by when, and its outcome.
 *
 * @param environment            {@code PREPRODUCTION} or {@code PRODUCTION}
 * @param lane                   {@code FAST} or {@code REVIEWED}
 * @param status                 {@code OPEN}, {@code APPLIED}, {@code REFUSED} or {@code WITHDRAWN}
 * @param waitingFor             bundle key of who is to move ({@code change.waiting.*})
 * @param waitingUntil           by when, or null when nobody is
 * @param taskKey                the open task's element id, or null
 * @param taskId                 the open task's id, or null
 * @param appliedVersion         the application version it became, or null
 * @param confirmationDocumentId the change confirmation among the application's documents, or null
 * @param member                 for a request about a served organisation of a cluster connection: what it carries;
 *                               null for an ordinary change
 */
public record ChangeRequestView(String reference, String applicationReference, String organisationName,
                                String environment, String lane, String status, Instant requestedAt, String requestedBy,
                                Instant dueAt, boolean overdue, String waitingFor, Instant waitingUntil, String taskKey,
                                String taskId, List<ChangeDifference> differences, List<ReadableFinding> findings,
                                boolean checksPassed, String refusalReason, Integer appliedVersion, Instant loadedAt,
                                String loadedBy, Long confirmationDocumentId, MemberChangeView member)
        implements Serializable {

    public ChangeRequestView {
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
