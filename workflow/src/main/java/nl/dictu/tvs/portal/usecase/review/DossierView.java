package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.findings.ReadableFinding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a reviewer needs to decide on one application, for the tabs of the application view.
 * Reviewers only: it holds the internal notes.
 *
 * @param activeActivityIds the BPMN elements the application is in now, for the diagram
 * @param preparingNextStep the process is making its next steps (a job it runs by itself is due), so
 *                          an empty task list is momentary
 */
public record DossierView(String reference, String organisationName, String organisationOin, Instant createdAt,
                          int currentVersion, List<Version> versions, List<Difference> differences,
                          List<Check> checks, List<ReadableFinding> albFindings, List<ServiceUuid> serviceUuids,
                          List<Delivery> testAccountDeliveries, List<Note> notes, List<AuditEntry> auditTrail,
                          List<ReviewerTask> openTasks, List<String> activeActivityIds, boolean preparingNextStep) {

    /** One frozen version of the form, as submitted; the values are display text, keyed by field. */
    public record Version(int number, Instant submittedAt, String submittedBy, Map<String, String> fields) {
    }

    /** One field that changed from one version to the next. */
    public record Difference(int fromVersion, int toVersion, String field, String before, String after) {
    }

    /** A stored check report of one version; the findings in the reader's language, with their evidence. */
    public record Check(int version, String kind, boolean passed, Instant computedAt, List<ReadableFinding> findings) {
    }

    /** @param organisation the organisation whose DV the service is (name and OIN): the applicant, or a served one */
    public record ServiceUuid(String service, String environment, String uuid, String organisation) {
    }

    public record Delivery(Instant deliveredAt, String deliveredBy, String testAccounts, String channel) {
    }

    public record Note(Instant writtenAt, String author, String text) {
    }

    public record AuditEntry(Instant occurredAt, String actor, String action, String elementId, String before, String after) {
    }

    /**
     * An open reviewer task of the application with what the signed-in reviewer may do with it.
     *
     * @param assigneeName the display name of the reviewer who claimed it, or null
     * @param refusalKey why the signed-in reviewer may not complete it (four eyes), or null
     * @param refusalArgument the colleague the refusal names, by display name
     */
    public record ReviewerTask(String taskId, String taskKey, Instant created, Instant due, String assignee,
                               String assigneeName, boolean mayComplete, String refusalKey, String refusalArgument) {
    }
}
