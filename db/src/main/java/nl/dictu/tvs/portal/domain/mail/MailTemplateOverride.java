package nl.dictu.tvs.portal.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;

/**
 * An admin's own subject and body for one mail template in one language, used instead of the
 * bundle's default; who changed it last and when. Removing it restores the default.
 */
@Entity
@Table(name = "mail_template_override")
public class MailTemplateOverride {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_key", length = 60, nullable = false, updatable = false)
    private String templateKey;

    @Column(name = "language", length = 2, nullable = false, updatable = false)
    private String language;

    @NotBlank
    @Size(max = SUBJECT_MAX)
    @Column(name = "subject", length = SUBJECT_MAX, nullable = false)
    private String subject;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(name = "body", length = BODY_MAX, nullable = false)
    private String body;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MailTemplateOverride() {
        // for JPA
    }

    public MailTemplateOverride(String templateKey, String language, String subject, String body, String changedBy, Instant at) {
        this.templateKey = Objects.requireNonNull(templateKey, "templateKey");
        this.language = Objects.requireNonNull(language, "language");
        change(subject, body, changedBy, at);
    }

    public void change(String subject, String body, String changedBy, Instant at) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
