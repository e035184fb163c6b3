package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.publication.PublicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the checklist. A draft's items may change; once published it is frozen, and an
 * application keeps the version that was current when it was first submitted.
 */
@Entity
@Table(name = "checklist_definition")
public class ChecklistDefinition {

    public static final int LABEL_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label", length = LABEL_MAX, nullable = false, unique = true, updatable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PublicationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "definition_id"))
    private Set<ChecklistItem> items = new HashSet<>();

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

    protected ChecklistDefinition() {
        // for JPA
    }

    /** A new draft with the items given, e.g. a copy of the current version's. */
    public static ChecklistDefinition draft(String label, List<ChecklistItem> items, String createdBy, Instant at) {
        if (label == null || !label.matches("[0-9A-Za-z.-]{1," + LABEL_MAX + "}")) {
            throw new InvalidApplicationException("checklist.invalid.label", String.valueOf(label));
        }
        ChecklistDefinition definition = new ChecklistDefinition();
        definition.label = label;
        definition.status = PublicationStatus.DRAFT;
        definition.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        definition.createdAt = Objects.requireNonNull(at, "at");
        definition.replaceItems(items);
        return definition;
    }

    /** Replaces the draft's items; refused once published. */
    public void replaceItems(List<ChecklistItem> newItems) {
        requireDraft();
        if (newItems.isEmpty()) {
            throw new InvalidApplicationException("checklist.invalid.empty", label);
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem item : newItems) {
            if (!codes.add(item.code())) {
                throw new InvalidApplicationException("checklist.invalid.duplicateCode", item.code());
            }
        }
        items.clear();
        for (int i = 0; i < newItems.size(); i++) {
            ChecklistItem item = newItems.get(i);
            items.add(new ChecklistItem(i + 1, item.code(), item.appliesTo(), item.textNl(), item.textEn()));
        }
    }

    public void publish(String by, Instant at) {
        requireDraft();
        status = PublicationStatus.PUBLISHED;
        publishedBy = Objects.requireNonNull(by, "by");
        publishedAt = Objects.requireNonNull(at, "at");
    }

    private void requireDraft() {
        if (status == PublicationStatus.PUBLISHED) {
            throw new InvalidApplicationException("checklist.invalid.published", label);
        }
    }

    /** All items in their order. */
    public List<ChecklistItem> items() {
        List<ChecklistItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(ChecklistItem::position));
        return sorted;
    }

    /** The items an application with these login means and this Eenmalig Inloggen choice must answer. */
    public List<ChecklistItem> applicableItems(Set<LoginMeans> loginMeans, boolean eenmaligInloggen) {
        return items().stream().filter(item -> item.appliesTo().appliesTo(loginMeans, eenmaligInloggen)).toList();
    }

    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
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

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
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
