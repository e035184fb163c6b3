package nl.dictu.tvs.portal.domain.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * One announcement of DICTU: a maintenance window or a release, in preproduction, production or
 * both, from its start to its end, with title and text in Dutch and English. Withdrawing keeps it
 * (its feed entries keep their identity) but it is no longer shown.
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private AnnouncementKind kind;

    @Column(name = "preproduction", nullable = false)
    private boolean preproduction;

    @Column(name = "production", nullable = false)
    private boolean production;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "title_nl", length = TITLE_MAX, nullable = false)
    private String titleNl;

    @Column(name = "title_en", length = TITLE_MAX, nullable = false)
    private String titleEn;

    @Column(name = "text_nl", length = TEXT_MAX, nullable = false)
    private String textNl;

    @Column(name = "text_en", length = TEXT_MAX, nullable = false)
    private String textEn;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Announcement() {
        // for JPA
    }

    public Announcement(AnnouncementContent content, String changedBy, Instant at) {
        this.createdAt = Objects.requireNonNull(at, "at");
        change(content, changedBy, at);
    }

    public final void change(AnnouncementContent content, String changedBy, Instant at) {
        this.kind = content.kind();
        this.preproduction = content.preproduction();
        this.production = content.production();
        this.startsAt = content.startsAt();
        this.endsAt = content.endsAt();
        this.titleNl = content.titleNl();
        this.titleEn = content.titleEn();
        this.textNl = content.textNl();
        this.textEn = content.textEn();
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public void withdraw(String by, Instant at) {
        this.withdrawn = true;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public AnnouncementContent content() {
        return new AnnouncementContent(kind, preproduction, production, startsAt, endsAt, titleNl, titleEn, textNl, textEn);
    }

    public Long getId() {
        return id;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
