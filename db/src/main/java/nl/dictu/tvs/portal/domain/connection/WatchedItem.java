package nl.dictu.tvs.portal.domain.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One thing of a live connection that expires: a certificate (by its subject and serial) or the metadata's validUntil. */
@Entity
@Table(name = "watched_item")
public class WatchedItem {

    public static final int LABEL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "live_connection_id", nullable = false, updatable = false)
    private LiveConnection connection;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private WatchedItemKind kind;

    @Column(name = "label", length = LABEL_MAX, nullable = false, updatable = false)
    private String label;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected WatchedItem() {
        // for JPA
    }

    public WatchedItem(LiveConnection connection, WatchedItemKind kind, String label, Instant expiresAt) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.kind = Objects.requireNonNull(kind, "kind");
        String text = Objects.requireNonNull(label, "label");
        this.label = text.length() > LABEL_MAX ? text.substring(0, LABEL_MAX) : text;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Long getId() {
        return id;
    }

    public LiveConnection getConnection() {
        return connection;
    }

    public WatchedItemKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
