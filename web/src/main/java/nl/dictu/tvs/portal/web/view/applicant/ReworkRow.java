package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistLine;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;

import java.io.Serializable;
import java.util.Locale;

/**
 * One rejected checklist item in the rework form: the statement, the reviewer's comment, the
 * previous answer, and the new answer with its explanation and evidence. Without a new file the
 * previous evidence stays.
 */
public class ReworkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String textNl;
    private final String textEn;
    private final ChecklistItemView item;
    private final String comment;
    private final ChecklistAnswerChoice previousAnswer;
    private final String previousExplanation;
    private String evidenceName;
    private ChecklistAnswerChoice answer;
    private String explanation;
    private Long evidenceId;
    private transient Part evidenceFile;

    ReworkRow(ChecklistLine line) {
        code = line.item().code();
        textNl = line.item().textNl();
        textEn = line.item().textEn();
        item = line.item();
        comment = line.verdictComment();
        previousAnswer = line.answer();
        previousExplanation = line.explanation();
        evidenceName = line.evidence() == null ? null : line.evidence().fileName();
        explanation = line.explanation();
        evidenceId = line.evidence() == null ? null : line.evidence().id();
    }

    ChecklistAnswer toAnswer() {
        return new ChecklistAnswer(code, answer, explanation, evidenceId);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    /** The item with its source, for the citation beside it. */
    public ChecklistItemView getItem() {
        return item;
    }

    public String getCode() {
        return code;
    }

    public String getComment() {
        return comment;
    }

    public ChecklistAnswerChoice getPreviousAnswer() {
        return previousAnswer;
    }

    public String getPreviousExplanation() {
        return previousExplanation;
    }

    /** The name of the evidence the answer keeps: the previous one, or the one uploaded in this form. */
    public String getEvidenceName() {
        return evidenceName;
    }

    public ChecklistAnswerChoice getAnswer() {
        return answer;
    }

    public void setAnswer(ChecklistAnswerChoice answer) {
        this.answer = answer;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    void setEvidence(long evidenceId, String fileName) {
        this.evidenceId = evidenceId;
        this.evidenceName = fileName;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}
