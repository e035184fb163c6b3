package nl.dictu.tvs.portal.usecase.administration;

import java.io.Serializable;

/** One checklist item as an admin edits it in a draft version. */
public class ChecklistItemInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String appliesTo;
    private String textNl;
    private String textEn;

    public ChecklistItemInput() {
        this("", "ALWAYS", "", "");
    }

    public ChecklistItemInput(String code, String appliesTo, String textNl, String textEn) {
        this.code = code;
        this.appliesTo = appliesTo;
        this.textNl = textNl;
        this.textEn = textEn;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public String getTextNl() {
        return textNl;
    }

    public void setTextNl(String textNl) {
        this.textNl = textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
