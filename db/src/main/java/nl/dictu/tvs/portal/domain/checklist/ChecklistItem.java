package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Locale;
import java.util.Objects;

/**
 * One statement of a checklist version, in Dutch and English, with the condition under which it
 * applies, the phase in which it is asked and the document it comes from. A provisional item
 * stands in for a text its source owner has not supplied yet; an admin replaces it in a new version.
 */
@Embeddable
public class ChecklistItem {

    public static final int CODE_MAX = 20;
    public static final int TEXT_MAX = 2000;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", length = 30, nullable = false)
    private ChecklistApplicability appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", length = 20, nullable = false)
    private ChecklistPhase phase;

    @Column(name = "text_nl", length = TEXT_MAX, nullable = false)
    private String textNl;

    @Column(name = "text_en", length = TEXT_MAX, nullable = false)
    private String textEn;

    @Embedded
    private ChecklistSource source;

    @Column(name = "provisional", nullable = false)
    private boolean provisional;

    protected ChecklistItem() {
        // for JPA
    }

    public ChecklistItem(int position, String code, ChecklistApplicability appliesTo, ChecklistPhase phase, String textNl,
                         String textEn, ChecklistSource source, boolean provisional) {
        if (code == null || !code.matches("[A-Z][A-Z0-9.-]{0," + (CODE_MAX - 1) + "}")) {
            throw new InvalidApplicationException("checklist.invalid.code", String.valueOf(code));
        }
        requireText(textNl, code);
        requireText(textEn, code);
        this.position = position;
        this.code = code;
        this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.source = Objects.requireNonNull(source, "source");
        this.provisional = provisional;
        this.textNl = textNl.strip();
        this.textEn = textEn.strip();
    }

    private static void requireText(String text, String code) {
        if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
            throw new InvalidApplicationException("checklist.invalid.text", code, String.valueOf(TEXT_MAX));
        }
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public ChecklistApplicability appliesTo() {
        return appliesTo;
    }

    public ChecklistPhase phase() {
        return phase;
    }

    public ChecklistSource source() {
        return source;
    }

    public boolean provisional() {
        return provisional;
    }

    /** The same item at another position. */
    ChecklistItem at(int newPosition) {
        return new ChecklistItem(newPosition, code, appliesTo, phase, textNl, textEn, source, provisional);
    }

    public String textNl() {
        return textNl;
    }

    public String textEn() {
        return textEn;
    }

    /** The text in the language, English for English and Dutch for everything else. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistItem other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
