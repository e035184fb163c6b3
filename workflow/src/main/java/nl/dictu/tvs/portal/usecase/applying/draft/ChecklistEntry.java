package nl.dictu.tvs.portal.usecase.applying.draft;

import java.io.Serializable;

/** The answer to one checklist item as typed: "YES", "NO", "NOT_APPLICABLE" or "" (not answered yet). */
public class ChecklistEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String answer = "";
    private String explanation = "";
    private Long evidenceFileId;
    private String evidenceFileName = "";

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = Text.orEmpty(answer);
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = Text.orEmpty(explanation);
    }

    public Long getEvidenceFileId() {
        return evidenceFileId;
    }

    public String getEvidenceFileName() {
        return evidenceFileName;
    }

    public void attachEvidence(long fileId, String fileName) {
        evidenceFileId = fileId;
        evidenceFileName = Text.orEmpty(fileName);
    }

    public void removeEvidence() {
        evidenceFileId = null;
        evidenceFileName = "";
    }
}
