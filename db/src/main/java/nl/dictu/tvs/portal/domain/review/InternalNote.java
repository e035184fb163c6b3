package nl.dictu.tvs.portal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's note on an application, for reviewers only. Notes are added, never changed. */
@Entity
@Table(name = "internal_note")
public class InternalNote {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "author", length = 100, nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "text", length = TEXT_MAX, nullable = false, updatable = false)
    private String text;

    protected InternalNote() {
        // for JPA
    }

    /** @throws InvalidApplicationException when the text is empty or longer than {@value #TEXT_MAX} */
    public InternalNote(long applicationId, String author, Instant writtenAt, String text) {
        if (text == null || text.isBlank() || text.strip().length() > TEXT_MAX) {
            throw new InvalidApplicationException("note.invalid.text", String.valueOf(TEXT_MAX));
        }
        this.applicationId = applicationId;
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.text = text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
