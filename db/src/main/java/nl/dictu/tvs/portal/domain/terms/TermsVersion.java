package nl.dictu.tvs.portal.domain.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.publication.PublicationStatus;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A version of the terms of connection, in Dutch and English. Frozen once published. */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

    public static final int LABEL_MAX = 20;
    public static final int TEXT_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label", length = LABEL_MAX, nullable = false, unique = true, updatable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PublicationStatus status;

    @Column(name = "text_nl", length = TEXT_MAX, nullable = false)
    private String textNl;

    @Column(name = "text_en", length = TEXT_MAX, nullable = false)
    private String textEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TermsVersion() {
        // for JPA
    }

    public static TermsVersion draft(String label, String textNl, String textEn, String createdBy, Instant at) {
        if (label == null || !label.matches("[0-9A-Za-z.-]{1," + LABEL_MAX + "}")) {
            throw new InvalidApplicationException("terms.invalid.label", String.valueOf(label));
        }
        TermsVersion terms = new TermsVersion();
        terms.label = label;
        terms.status = PublicationStatus.DRAFT;
        terms.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        terms.createdAt = Objects.requireNonNull(at, "at");
        terms.changeText(textNl, textEn);
        return terms;
    }

    public void changeText(String newTextNl, String newTextEn) {
        if (status == PublicationStatus.PUBLISHED) {
            throw new InvalidApplicationException("terms.invalid.published", label);
        }
        for (String text : new String[] {newTextNl, newTextEn}) {
            if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
                throw new InvalidApplicationException("terms.invalid.text", TEXT_MAX);
            }
        }
        textNl = newTextNl.strip();
        textEn = newTextEn.strip();
    }

    public void publish(String by, Instant at) {
        if (status == PublicationStatus.PUBLISHED) {
            throw new InvalidApplicationException("terms.invalid.published", label);
        }
        status = PublicationStatus.PUBLISHED;
        publishedBy = Objects.requireNonNull(by, "by");
        publishedAt = Objects.requireNonNull(at, "at");
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
        return status;
    }

    public String getTextNl() {
        return textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<String> getPublishedBy() {
        return Optional.ofNullable(publishedBy);
    }
}
