package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import nl.dictu.tvs.portal.document.pdfa.ArchivalMetadata;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The document texts in one language, from the portal's bundle ({@code document.*} keys), and
 * dates written the way a letter writes them ("3 maart 2026", "3 March 2026"), in Dutch time.
 * A key without arguments is returned as written; with arguments it goes through
 * {@link MessageFormat}, as Faces' {@code h:outputFormat} does.
 */
public final class DocumentText {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private DocumentText(Locale locale) {
        this.locale = locale;
        this.bundle = Bundle.of(locale);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public static DocumentText of(Locale locale) {
        return new DocumentText(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return Bundle.text(locale, key, arguments);
    }

    public String date(Instant instant) {
        return date.format(instant.atZone(ArchivalMetadata.ZONE));
    }

    public String date(LocalDate localDate) {
        return date.format(localDate);
    }

    public String dateTime(Instant instant) {
        return format("document.dateTime", date(instant), time.format(instant.atZone(ArchivalMetadata.ZONE)));
    }

    public String yesNo(boolean value) {
        return get(value ? "document.yes" : "document.no");
    }
}
