package nl.dictu.tvs.portal.domain.alb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One organisation on the ALB list: its OIN (once on the list), the name RvIG registered (the name the
 * login button must show), and RvIG's decision. Entries are never edited: an import replaces them all.
 */
@Entity
@Table(name = "alb_entry")
public class AlbListEntry {

    public static final int OIN_LENGTH = 20;
    public static final int NAME_MAX = 200;
    public static final int DECISION_REFERENCE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private AlbListImport listImport;

    @Column(name = "oin", length = OIN_LENGTH, nullable = false, unique = true, updatable = false)
    private String oin;

    @Column(name = "registered_name", length = NAME_MAX, nullable = false, updatable = false)
    private String registeredName;

    @Column(name = "decision_reference", length = DECISION_REFERENCE_MAX, nullable = false, updatable = false)
    private String decisionReference;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    protected AlbListEntry() {
        // for JPA
    }

    public AlbListEntry(AlbListImport listImport, String oin, String registeredName, String decisionReference,
                        LocalDate decisionDate) {
        this.listImport = Objects.requireNonNull(listImport, "listImport");
        this.oin = within(oin, OIN_LENGTH, "oin");
        this.registeredName = within(registeredName, NAME_MAX, "registeredName");
        this.decisionReference = within(decisionReference, DECISION_REFERENCE_MAX, "decisionReference");
        this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
    }

    private static String within(String value, int max, String name) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public AlbListImport getListImport() {
        return listImport;
    }

    public String getOin() {
        return oin;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }
}
