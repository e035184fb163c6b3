package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;
import java.util.List;

/**
 * An application's checklist: its version label, one line per answered item, the assessment round
 * reached, and the refused preproduction approval that sent it back to assessment (null when the
 * assessment did not come back that way). A cluster application's served organisations that answer
 * items themselves are {@code members}, each with its own lines (empty for one organisation's).
 */
public record ChecklistStatus(String reference, String checklistLabel, int versionNumber, int latestRound,
                             List<ChecklistLine> lines, ApprovalRefusal approvalRefusal, List<MemberChecklist> members) {

    public ChecklistStatus {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One served organisation's own answers, each line with its newest verdict, as the application's own are. */
    public record MemberChecklist(String oin, String name, List<ChecklistLine> lines) {

        public List<ChecklistLine> toRework() {
            return lines.stream().filter(ChecklistLine::toRework).toList();
        }

        public List<ChecklistLine> underAssessment() {
            return lines.stream().filter(ChecklistLine::underAssessment).toList();
        }
    }

    /** The members with an own answer the reviewer still has to judge. */
    public List<MemberChecklist> membersUnderAssessment() {
        return members.stream().filter(member -> !member.underAssessment().isEmpty()).toList();
    }

    /** The members with an own answer the applicant has to rework. */
    public List<MemberChecklist> membersToRework() {
        return members.stream().filter(member -> !member.toRework().isEmpty()).toList();
    }

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
