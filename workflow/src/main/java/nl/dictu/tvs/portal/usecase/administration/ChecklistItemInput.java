package nl.dictu.tvs.portal.usecase.administration;

import java.io.Serializable;

/** One checklist item as an admin edits it in a draft version. */
public class ChecklistItemInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String appliesTo;
    private String textNl;
    private String textEn;
    private String phase;
    private String sourceTitle;
    private String sourceVersion;
    private String sourceUrl;
    private boolean provisional;

    public ChecklistItemInput() {
        this("", "ALWAYS", "", "");
    }

    public ChecklistItemInput(String code, String appliesTo, String textNl, String textEn) {
        this.code = code;
        this.appliesTo = appliesTo;
        this.textNl = textNl;
        this.textEn = textEn;
        this.phase = "PREPRODUCTION";
        this.sourceTitle = "";
        this.sourceVersion = "";
        this.sourceUrl = "";
    }

    /** When the item is asked and where it comes from; a provisional item awaits its source owner's text. */
    public ChecklistItemInput withOrigin(String newPhase, String title, String version, String url, boolean isProvisional) {
        this.phase = newPhase;
        this.sourceTitle = title;
        this.sourceVersion = version;
        this.sourceUrl = url;
        this.provisional = isProvisional;
        return this;
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

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public void setSourceTitle(String sourceTitle) {
        this.sourceTitle = sourceTitle;
    }

    public String getSourceVersion() {
        return sourceVersion;
    }

    public void setSourceVersion(String sourceVersion) {
        this.sourceVersion = sourceVersion;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }
}
