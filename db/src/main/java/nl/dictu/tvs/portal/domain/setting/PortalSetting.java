package nl.dictu.tvs.portal.domain.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One setting an admin changed in the portal, with who changed it last and when. */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    @Id
    @Column(name = "setting_key", length = 100, nullable = false, updatable = false)
    private String key;

    @Column(name = "setting_value", length = 500, nullable = false)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    protected PortalSetting() {
        // for JPA
    }

    public PortalSetting(String key, String value, Instant changedAt, String changedBy) {
        this.key = Objects.requireNonNull(key, "key");
        change(value, changedAt, changedBy);
    }

    public final void change(String newValue, Instant at, String by) {
        this.value = Objects.requireNonNull(newValue, "value");
        this.changedAt = Objects.requireNonNull(at, "at");
        this.changedBy = Objects.requireNonNull(by, "by");
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
