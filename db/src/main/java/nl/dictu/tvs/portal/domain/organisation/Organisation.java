package nl.dictu.tvs.portal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * An organisation that applies for a TVS connection: a government organisation, a care provider
 * with its register number (URA or AGB), or a supplier that applies for the organisations it serves.
 * Its OIN never changes.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private OrganisationKind kind = OrganisationKind.GOVERNMENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "register_kind", length = 10)
    private CareRegister registerKind;

    @Column(name = "register_number", length = CareRegister.NUMBER_LENGTH)
    private String registerNumber;

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

    public OrganisationKind getKind() {
        return kind;
    }

    /** The care provider's register, empty for a government organisation. */
    public CareRegister getRegisterKind() {
        return registerKind;
    }

    /** The care provider's URA or AGB code, empty for a government organisation. */
    public String getRegisterNumber() {
        return registerNumber;
    }

    /** Now a government organisation, without a register number. */
    public void classifyAsGovernment() {
        this.kind = OrganisationKind.GOVERNMENT;
        this.registerKind = null;
        this.registerNumber = null;
    }

    /** Now a supplier (Leverancier Clusteraansluiting), without a register number. */
    public void classifyAsSupplier() {
        this.kind = OrganisationKind.SUPPLIER;
        this.registerKind = null;
        this.registerNumber = null;
    }

    public boolean isSupplier() {
        return kind == OrganisationKind.SUPPLIER;
    }

    /** Now a care provider with the number it uses in the register; the caller checked the number's form. */
    public void classifyAsCareProvider(CareRegister register, String number) {
        this.kind = OrganisationKind.CARE_PROVIDER;
        this.registerKind = Objects.requireNonNull(register, "register");
        this.registerNumber = Objects.requireNonNull(number, "number");
    }
}
