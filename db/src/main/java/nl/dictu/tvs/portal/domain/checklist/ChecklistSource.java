package nl.dictu.tvs.portal.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Optional;

/**
 * The document a checklist item comes from: its title, version or date, and its address where it
 * is public. Applicants and reviewers see it beside the item.
 */
@Embeddable
public class ChecklistSource {

    public static final int TITLE_MAX = 300;
    public static final int VERSION_MAX = 100;
    public static final int URL_MAX = 500;

    @Column(name = "source_title", length = TITLE_MAX, nullable = false)
    private String title;

    @Column(name = "source_version", length = VERSION_MAX)
    private String version;

    @Column(name = "source_url", length = URL_MAX)
    private String url;

    protected ChecklistSource() {
        // for JPA
    }

    /** Refuses a missing or too long title, a too long version and an address that is not https. */
    public ChecklistSource(String itemCode, String title, String version, String url) {
        String t = strip(title);
        String v = strip(version);
        String u = strip(url);
        if (t == null || t.length() > TITLE_MAX) {
            throw InvalidApplicationException.of("sourceTitle", "checklist.invalid.sourceTitle", itemCode, TITLE_MAX);
        }
        if (v != null && v.length() > VERSION_MAX) {
            throw InvalidApplicationException.of("sourceVersion", "checklist.invalid.sourceVersion", itemCode, VERSION_MAX);
        }
        if (u != null && (u.length() > URL_MAX || !u.matches("https://[^\\s]+"))) {
            throw InvalidApplicationException.of("sourceUrl", "checklist.invalid.sourceUrl", itemCode, URL_MAX);
        }
        this.title = t;
        this.version = v;
        this.url = u;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String title() {
        return title;
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }
}
