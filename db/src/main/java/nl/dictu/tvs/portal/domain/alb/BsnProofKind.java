package nl.dictu.tvs.portal.domain.alb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of proof of BSN entitlement a care provider may upload instead of being on the ALB list
 * (e.g. an RvIG decision, or the Wabvpz for care providers). An admin keeps the list; a kind taken
 * out of use stays on the proofs already uploaded.
 */
@Entity
@Table(name = "bsn_proof_kind")
public class BsnProofKind {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_nl", length = NAME_MAX, nullable = false, unique = true)
    private String nameNl;

    @Column(name = "name_en", length = NAME_MAX, nullable = false)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BsnProofKind() {
        // for JPA
    }

    public BsnProofKind(String nameNl, String nameEn, String createdBy, Instant createdAt) {
        this.nameNl = Objects.requireNonNull(nameNl, "nameNl");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the language, Dutch unless English is asked for. */
    public String nameIn(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
