package nl.dictu.tvs.portal.usecase.announcement;

import nl.dictu.tvs.portal.domain.announcement.Announcement;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementContent;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementKind;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an announcement: every field present and within its limit, at least one
 * environment, an end not before the start; a release reaches preproduction two weeks before
 * production; what is shown as a banner (current, or starting within 7 days).
 */
public final class AnnouncementRules {

    /** Start and end are typed and shown as Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** How long before production a release lands on preproduction. */
    public static final Duration RELEASE_LEAD = Duration.ofDays(14);
    /** How far ahead an announcement already shows as a banner. */
    public static final Duration BANNER_AHEAD = Duration.ofDays(7);

    private AnnouncementRules() {
    }

    /** The content of the input, or every problem at once, each about its field. */
    public static AnnouncementContent validate(AnnouncementInput input) {
        List<ActionRefusedException> problems = new ArrayList<>();
        AnnouncementKind kind = null;
        try {
            kind = input.kind() == null ? null : AnnouncementKind.valueOf(input.kind());
        } catch (IllegalArgumentException unknown) {
            kind = null;
        }
        if (kind == null) {
            problems.add(ActionRefusedException.of("kind", "announcement.kindRequired"));
        }
        if (!input.preproduction() && !input.production()) {
            problems.add(ActionRefusedException.of("preproduction", "announcement.environmentRequired"));
        }
        LocalDateTime start = typed(problems, "start", input.start(), "announcement.startRequired");
        LocalDateTime end = typed(problems, "end", input.end(), "announcement.endRequired");
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(ActionRefusedException.of("end", "announcement.endBeforeStart"));
        }
        text(problems, "titleNl", input.titleNl(), Announcement.TITLE_MAX);
        text(problems, "titleEn", input.titleEn(), Announcement.TITLE_MAX);
        text(problems, "textNl", input.textNl(), Announcement.TEXT_MAX);
        text(problems, "textEn", input.textEn(), Announcement.TEXT_MAX);
        if (!problems.isEmpty()) {
            throw ActionRefusedException.ofAll(problems);
        }
        return new AnnouncementContent(kind, input.preproduction(), input.production(),
                start.atZone(ZONE).toInstant(), end.atZone(ZONE).toInstant(),
                input.titleNl().strip(), input.titleEn().strip(), input.textNl().strip(), input.textEn().strip());
    }

    /** Whether creating this content also creates its preproduction counterpart: a release in production only, when asked. */
    public static boolean needsPreproductionCounterpart(AnnouncementContent content, boolean asked) {
        return asked && content.kind() == AnnouncementKind.RELEASE && content.production() && !content.preproduction();
    }

    /** The same release on preproduction, two weeks earlier. */
    public static AnnouncementContent preproductionCounterpart(AnnouncementContent production) {
        return new AnnouncementContent(production.kind(), true, false, production.startsAt().minus(RELEASE_LEAD),
                production.endsAt().minus(RELEASE_LEAD), production.titleNl(), production.titleEn(), production.textNl(),
                production.textEn());
    }

    /** Shown as a banner: not withdrawn, not ended, and started or starting within 7 days. */
    public static boolean isBanner(AnnouncementView announcement, Instant now) {
        return !announcement.withdrawn() && !announcement.endsAt().isBefore(now)
                && !announcement.startsAt().isAfter(now.plus(BANNER_AHEAD));
    }

    /** A date and time as typed, or null with the field's problem: missing, or not in the form dd-MM-yyyy HH:mm. */
    private static LocalDateTime typed(List<ActionRefusedException> problems, String field, String typed, String missingKey) {
        if (typed == null || typed.isBlank()) {
            problems.add(ActionRefusedException.of(field, missingKey));
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip(), AnnouncementView.TYPED);
        } catch (DateTimeParseException e) {
            problems.add(ActionRefusedException.of(field, "announcement.invalidDate"));
            return null;
        }
    }

    private static void text(List<ActionRefusedException> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(ActionRefusedException.of(field, "announcement.textRequired", String.valueOf(max)));
        }
    }
}
