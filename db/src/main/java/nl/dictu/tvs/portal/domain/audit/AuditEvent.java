package nl.dictu.tvs.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what, when, to which application, in which BPMN element,
 * and the state before and after as JSON. Append-only: no column can be updated.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int JSON_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "element_id", length = 100, updatable = false)
    private String elementId;

    @Column(name = "before_json", length = JSON_MAX, updatable = false)
    private String beforeJson;

    @Column(name = "after_json", length = JSON_MAX, updatable = false)
    private String afterJson;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * @param elementId  the BPMN element id the action happened in, or null outside the process
     * @param beforeJson the relevant state before, or null when there was none
     */
    public AuditEvent(Instant occurredAt, String actor, String action, Long applicationId, String elementId,
                      String beforeJson, String afterJson) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.applicationId = applicationId;
        this.elementId = elementId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getElementId() {
        return elementId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
