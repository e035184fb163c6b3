package nl.dictu.tvs.portal.usecase.applying.draft;

import java.io.Serializable;

/** A requested eHerkenning attribute as typed in the wizard: its name and its purpose in Dutch and English. */
public class AttributeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name = "";
    private String purposeNl = "";
    private String purposeEn = "";

    public boolean isEmpty() {
        return name.isBlank() && purposeNl.isBlank() && purposeEn.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.orEmpty(name);
    }

    public String getPurposeNl() {
        return purposeNl;
    }

    public void setPurposeNl(String purposeNl) {
        this.purposeNl = Text.orEmpty(purposeNl);
    }

    public String getPurposeEn() {
        return purposeEn;
    }

    public void setPurposeEn(String purposeEn) {
        this.purposeEn = Text.orEmpty(purposeEn);
    }
}
