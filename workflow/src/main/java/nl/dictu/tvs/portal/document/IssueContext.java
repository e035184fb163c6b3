package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * How a document is issued: in which language and at which moment.
 *
 * <p>The moment is passed in rather than read from a clock so that generation is a pure function
 * of its input: a process job that is retried after a crash passes the same moment (stored with the
 * job, e.g. the time the process reached the step) and gets byte-for-byte the same document, with
 * the same SHA-256, instead of a second, different "original". Seconds are the finest precision a
 * PDF date holds, so the moment is truncated to seconds.
 *
 * <p>Documents exist in Dutch and English: an English locale gives English ({@code en-GB}), any
 * other locale Dutch ({@code nl-NL}), the portal's default.
 */
public record IssueContext(Locale language, Instant issuedAt) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    public IssueContext {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        language = "en".equals(language.getLanguage()) ? ENGLISH : DUTCH;
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
