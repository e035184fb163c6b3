package nl.dictu.tvs.portal.domain.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.publication.Publication;
import nl.dictu.tvs.portal.domain.publication.PublicationStatus;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A version of the terms of connection, in Dutch and English. Frozen once published. */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

    public static final int LABEL_MAX = Publication.LABEL_MAX;
    private static final String PUBLISHED_KEY = "terms.invalid.published";
    public static final int TEXT_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label", length = LABEL_MAX, nullable = false, unique = true, updatable = false)
    private String label;

    @Column(name = "text_nl", length = TEXT_MAX, nullable = false)
    private String textNl;

    @Column(name = "text_en", length = TEXT_MAX, nullable = false)
    private String textEn;

    @Embedded
    private Publication publication;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TermsVersion() {
        // for JPA
    }

    public static TermsVersion draft(String label, String textNl, String textEn, String createdBy, Instant at) {
        TermsVersion terms = new TermsVersion();
        terms.publication = Publication.draft(label, "terms.invalid.label", createdBy, at);
        terms.label = label;
        terms.changeText(textNl, textEn);
        return terms;
    }

    public void changeText(String newTextNl, String newTextEn) {
        publication.requireDraft(PUBLISHED_KEY, label);
        for (String text : new String[] {newTextNl, newTextEn}) {
            if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
                throw new InvalidApplicationException("terms.invalid.text", TEXT_MAX);
            }
        }
        textNl = newTextNl.strip();
        textEn = newTextEn.strip();
    }

    public void publish(String by, Instant at) {
        publication.publish(by, at, PUBLISHED_KEY, label);
    }

    /** The text in the language, English for English and Dutch for everything else. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public PublicationStatus getStatus() {
        return publication.status();
    }

    public String getTextNl() {
        return textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public Instant getCreatedAt() {
        return publication.createdAt();
    }

    public String getCreatedBy() {
        return publication.createdBy();
    }

    public Optional<Instant> getPublishedAt() {
        return publication.publishedAt();
    }

    public Optional<String> getPublishedBy() {
        return publication.publishedBy();
    }
}
