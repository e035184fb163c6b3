package nl.dictu.tvs.portal.usecase.announcement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The announcements as an iCalendar stream (RFC 5545): one VEVENT each, with a UID that stays the
 * same for the announcement, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY and DESCRIPTION; text
 * values escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets, CRLF.
 */
public final class ICalendarWriter {

    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * @param calendarName the calendar's name in the language
     * @param descriptions the description of each announcement, in the same order
     * @param uidDomain    the domain that makes the UIDs globally unique
     */
    public static String write(String calendarName, List<AnnouncementView> announcements, List<String> descriptions,
                               String language, String uidDomain) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//DICTU//TVS Aansluitportaal//" + language.toUpperCase(java.util.Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (int i = 0; i < announcements.size(); i++) {
            AnnouncementView a = announcements.get(i);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:announcement-" + a.id() + "@" + uidDomain);
            line(out, "DTSTAMP:" + utc(a.changedAt()));
            line(out, "DTSTART:" + utc(a.startsAt()));
            line(out, "DTEND:" + utc(a.endsAt()));
            line(out, "SUMMARY:" + escape(a.title(language)));
            line(out, "DESCRIPTION:" + escape(descriptions.get(i)));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A TEXT value: backslash, semicolon and comma escaped, every line break as {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The content line folded: no line longer than 75 octets in UTF-8, a character never split, CRLF after each. */
    static String fold(String contentLine) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < contentLine.length()) {
            int codePoint = contentLine.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine));
    }
}
