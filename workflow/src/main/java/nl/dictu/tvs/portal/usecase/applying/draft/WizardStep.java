package nl.dictu.tvs.portal.usecase.applying.draft;

/** The wizard's steps in order; {@link #page()} is the page's name under {@code applicant/apply/}. */
public enum WizardStep {
    ORGANISATION("organisation"),
    SERVICES("services"),
    CERTIFICATE("certificate"),
    ALB("alb"),
    CHECKLIST("checklist"),
    TERMS("terms"),
    SUMMARY("summary");

    private final String page;

    WizardStep(String page) {
        this.page = page;
    }

    public String page() {
        return page;
    }

    /** 1 for the first step. */
    public int number() {
        return ordinal() + 1;
    }
}
