package nl.dictu.tvs.portal.domain.connection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate of a live connection in a rollover: its use, its state, the day DICTU/TVS switches to it
 * (for the current certificate the day it took over) and its validity. A next certificate keeps the metadata
 * that lists it beside the current one.
 */
@Entity
@Table(name = "rollover_certificate")
public class RolloverCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "live_connection_id", nullable = false, updatable = false)
    private LiveConnection connection;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_use", length = 20, nullable = false, updatable = false)
    private RolloverUse use;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private RolloverState state;

    @Column(name = "label", length = WatchedItem.LABEL_MAX, nullable = false, updatable = false)
    private String label;

    @Column(name = "fingerprint", length = 64, nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "activation_date", nullable = false, updatable = false)
    private LocalDate activationDate;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "certificate", nullable = false, updatable = false)
    private byte[] certificate;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "metadata", updatable = false)
    private byte[] metadata;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
    private String recordedBy;

    protected RolloverCertificate() {
        // for JPA
    }

    /** @param certificate the certificate's DER encoding; @param metadata the metadata listing it (absent for a current one) */
    public RolloverCertificate(LiveConnection connection, RolloverUse use, RolloverState state, CertificateFacts facts,
                               LocalDate activationDate, byte[] certificate, byte[] metadata, Instant recordedAt, String recordedBy) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.use = Objects.requireNonNull(use, "use");
        this.state = Objects.requireNonNull(state, "state");
        String text = facts.label();
        this.label = text.length() > WatchedItem.LABEL_MAX ? text.substring(0, WatchedItem.LABEL_MAX) : text;
        this.fingerprint = facts.fingerprint();
        this.notBefore = facts.notBefore();
        this.notAfter = facts.notAfter();
        this.activationDate = Objects.requireNonNull(activationDate, "activationDate");
        this.certificate = Objects.requireNonNull(certificate, "certificate").clone();
        this.metadata = metadata == null ? null : metadata.clone();
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** What the rollover keeps of a certificate: its label (subject and serial), SHA-256 fingerprint and validity. */
    public record CertificateFacts(String label, String fingerprint, Instant notBefore, Instant notAfter) {
        public CertificateFacts {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
        }
    }

    /** TVS switched to this next certificate: it is the current one now. */
    public void activate() {
        if (state != RolloverState.NEXT) {
            throw new IllegalStateException("Only a next certificate is activated, not a " + state + " one");
        }
        state = RolloverState.CURRENT;
    }

    /** TVS switched away from this certificate. */
    public void retire() {
        state = RolloverState.RETIRED;
    }

    public Long getId() {
        return id;
    }

    public LiveConnection getConnection() {
        return connection;
    }

    public RolloverUse getUse() {
        return use;
    }

    public RolloverState getState() {
        return state;
    }

    public String getLabel() {
        return label;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public byte[] getCertificate() {
        return certificate.clone();
    }

    public Optional<byte[]> getMetadata() {
        return Optional.ofNullable(metadata).map(byte[]::clone);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
