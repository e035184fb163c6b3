package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.publication.Publication;
import nl.dictu.tvs.portal.domain.publication.PublicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the checklist. A draft's items may change; once published it is frozen, and an
 * application keeps the version that was current when it was first submitted.
 */
@Entity
@Table(name = "checklist_definition")
public class ChecklistDefinition {

    public static final int LABEL_MAX = Publication.LABEL_MAX;
    private static final String PUBLISHED_KEY = "checklist.invalid.published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label", length = LABEL_MAX, nullable = false, unique = true, updatable = false)
    private String label;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "definition_id"))
    private Set<ChecklistItem> items = new HashSet<>();

    @Embedded
    private Publication publication;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ChecklistDefinition() {
        // for JPA
    }

    /** A new draft with the items given, e.g. a copy of the current version's. */
    public static ChecklistDefinition draft(String label, List<ChecklistItem> items, String createdBy, Instant at) {
        ChecklistDefinition definition = new ChecklistDefinition();
        definition.publication = Publication.draft(label, "checklist.invalid.label", createdBy, at);
        definition.label = label;
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
            items.add(item.at(i + 1));
        }
    }

    public void publish(String by, Instant at) {
        publication.publish(by, at, PUBLISHED_KEY, label);
    }

    /** Refuses a published version, before anything else about a change is judged. */
    public void requireDraft() {
        publication.requireDraft(PUBLISHED_KEY, label);
    }

    /** All items in their order. */
    public List<ChecklistItem> items() {
        List<ChecklistItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(ChecklistItem::position));
        return sorted;
    }

    /**
     * The items an application with these login means and this Eenmalig Inloggen choice must answer
     * in the phase: the application asks the preproduction items, the production request the production items.
     */
    public List<ChecklistItem> applicableItems(ChecklistPhase phase, Set<LoginMeans> loginMeans, boolean eenmaligInloggen) {
        return items().stream().filter(item -> item.phase() == phase)
                .filter(item -> item.appliesTo().appliesTo(loginMeans, eenmaligInloggen)).toList();
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
        return publication.status();
    }

    public boolean isPublished() {
        return publication.isPublished();
    }

    public Instant getCreatedAt() {
        return publication.createdAt();
    }

    public String getCreatedBy() {
        return publication.createdBy();
    }

    public Optional<Instant> getPublishedAt() {
        return publication.publishedAt();
    }

    public Optional<String> getPublishedBy() {
        return publication.publishedBy();
    }
}
