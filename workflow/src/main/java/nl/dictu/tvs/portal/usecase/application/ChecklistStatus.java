package nl.dictu.tvs.portal.usecase.application;

import java.util.List;

/** An application's checklist: its version label, one line per answered item, and the assessment round reached. */
public record ChecklistStatus(String reference, String checklistLabel, int versionNumber, int latestRound,
                             List<ChecklistLine> lines) {

    public List<ChecklistLine> toRework() {
        return lines.stream().filter(ChecklistLine::toRework).toList();
    }

    public List<ChecklistLine> underAssessment() {
        return lines.stream().filter(ChecklistLine::underAssessment).toList();
    }
}
