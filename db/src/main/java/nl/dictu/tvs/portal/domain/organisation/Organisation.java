package nl.dictu.tvs.portal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;

/** A government organisation that applies for a TVS connection. Its OIN never changes. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int OIN_LENGTH = 20;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "\\d{20}")
    @Column(name = "oin", length = OIN_LENGTH, nullable = false, unique = true, updatable = false)
    private String oin;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String oin, String name, Instant createdAt) {
        this.oin = Objects.requireNonNull(oin, "oin");
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getOin() {
        return oin;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
