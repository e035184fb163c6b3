package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;
import java.util.List;

/**
 * An application's checklist: its version label, one line per answered item, the assessment round
 * reached, and the refused preproduction approval that sent it back to assessment (null when the
 * assessment did not come back that way).
 */
public record ChecklistStatus(String reference, String checklistLabel, int versionNumber, int latestRound,
                             List<ChecklistLine> lines, ApprovalRefusal approvalRefusal) {

    /** Why the second reviewer refused the preproduction approval, who did, and when. */
    public record ApprovalRefusal(String reason, String refusedBy, Instant refusedAt) {
    }

    public List<ChecklistLine> toRework() {
        return lines.stream().filter(ChecklistLine::toRework).toList();
    }

    public List<ChecklistLine> underAssessment() {
        return lines.stream().filter(ChecklistLine::underAssessment).toList();
    }
}
