package nl.dictu.tvs.portal.usecase.announcement;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTest {

    private static final AnnouncementView RELEASE = new AnnouncementView(7, "RELEASE", false, true,
            Instant.parse("2027-01-15T19:00:00Z"), Instant.parse("2027-01-15T22:00:00Z"), "Release 4.2; nieuw, beter",
            "Release 4.2; new, better", "Regel één\nRegel twee \\ drie", "Line one\nLine two", false, "henk",
            Instant.parse("2026-12-01T10:15:30Z"));

    @Test
    void shouldEscapeBackslashSemicolonCommaAndNewlines() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void shouldFoldAt75OctetsWithoutSplittingACharacter() {
        String folded = ICalendarWriter.fold("DESCRIPTION:" + "é".repeat(80));
        List<String> lines = Arrays.asList(folded.split("\r\n"));
        assertThat(folded).endsWith("\r\n");
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith(" "));
        String unfolded = folded.replace("\r\n ", "").replace("\r\n", "");
        assertThat(unfolded).isEqualTo("DESCRIPTION:" + "é".repeat(80));
    }

    @Test
    void shouldLeaveAShortLineWhole() {
        assertThat(ICalendarWriter.fold("VERSION:2.0")).isEqualTo("VERSION:2.0\r\n");
    }

    @Test
    void shouldWriteAnEventWithStableUidAndUtcTimes() {
        String calendar = ICalendarWriter.write("Aankondigingen", List.of(RELEASE), List.of("Release op productie\n\nTekst"), "nl",
                "tvs.example");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar).contains("BEGIN:VEVENT\r\nUID:announcement-7@tvs.example\r\nDTSTAMP:20261201T101530Z\r\n"
                + "DTSTART:20270115T190000Z\r\nDTEND:20270115T220000Z\r\nSUMMARY:Release 4.2\\; nieuw\\, beter\r\n"
                + "DESCRIPTION:Release op productie\\n\\nTekst\r\nEND:VEVENT\r\n");
        assertThat(calendar.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n");
    }
}
