package nl.dictu.tvs.portal.domain.alb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One accepted import of the ALB list: who imported which file (its name and SHA-256) when, with how many
 * lines and entries. Kept after a later import replaced the list, so the history of the list stays
 * traceable to the files RvIG delivered.
 */
@Entity
@Table(name = "alb_import")
public class AlbListImport {

    public static final int ACTOR_MAX = 100;
    public static final int FILE_NAME_MAX = 255;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", length = ACTOR_MAX, nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "entry_count", nullable = false, updatable = false)
    private int entryCount;

    protected AlbListImport() {
        // for JPA
    }

    /**
     * @param fileName the name the uploader gave the file; shortened to {@value #FILE_NAME_MAX} characters
     * @param sha256   lower-case hex SHA-256 of the file's bytes
     */
    public AlbListImport(Instant importedAt, String importedBy, String fileName, String sha256, int lineCount, int entryCount) {
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.importedBy = requireLength(Objects.requireNonNull(importedBy, "importedBy"), ACTOR_MAX, "importedBy");
        String name = Objects.requireNonNull(fileName, "fileName").strip();
        this.fileName = name.length() > FILE_NAME_MAX ? name.substring(0, FILE_NAME_MAX) : name;
        if (!SHA256_HEX.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        this.sha256 = sha256;
        if (lineCount < 0 || entryCount < 0 || entryCount > lineCount) {
            throw new IllegalArgumentException("entries (" + entryCount + ") must be between 0 and the lines (" + lineCount + ")");
        }
        this.lineCount = lineCount;
        this.entryCount = entryCount;
    }

    private static String requireLength(String value, int max, String name) {
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getEntryCount() {
        return entryCount;
    }
}
