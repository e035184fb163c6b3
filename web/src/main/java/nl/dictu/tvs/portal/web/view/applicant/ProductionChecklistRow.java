package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;

import java.io.Serializable;
import java.util.Locale;

/** One checklist item the production request asks (e.g. C1), with the applicant's answer and explanation. */
public class ProductionChecklistRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ChecklistItemView item;
    private ChecklistAnswerChoice answer;
    private String explanation;

    ProductionChecklistRow(ChecklistItemView item) {
        this.item = item;
    }

    ChecklistAnswer toAnswer() {
        return new ChecklistAnswer(item.code(), answer, explanation, null);
    }

    public String text(Locale locale) {
        return item.text(locale);
    }

    public ChecklistItemView getItem() {
        return item;
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
}
