package nl.dictu.tvs.portal.usecase.announcement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.announcement.Announcement;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementContent;
import nl.dictu.tvs.portal.domain.announcement.AnnouncementRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admins' announcements: list, create (a release for production only also on preproduction
 * two weeks earlier, unless the admin unticks that), change and withdraw; each audited and mailed
 * to the members who subscribed.
 */
@Stateless
public class AnnouncementAdministration {

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    private AnnouncementMail mail;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public AnnouncementAdministration() {
        // for the container
    }

    /** Outside the container (tests). */
    public AnnouncementAdministration(AnnouncementRepository announcements, AnnouncementMail mail, Auditor auditor, Clock clock) {
        this.announcements = announcements;
        this.mail = mail;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<AnnouncementView> all(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        return announcements.all().stream().map(AnnouncementView::of).toList();
    }

    public AnnouncementView announcement(SignedInUser actor, long id) {
        AccessPolicy.requireAdmin(actor);
        return AnnouncementView.of(find(id));
    }

    /** @return what was created: the announcement, and its preproduction counterpart when one was made */
    public List<AnnouncementView> create(SignedInUser actor, AnnouncementInput input) {
        AccessPolicy.requireAdmin(actor);
        AnnouncementContent content = AnnouncementRules.validate(input);
        List<AnnouncementView> created = new ArrayList<>();
        created.add(createOne(actor, content));
        if (AnnouncementRules.needsPreproductionCounterpart(content, input.preproductionCounterpart())) {
            created.add(createOne(actor, AnnouncementRules.preproductionCounterpart(content)));
        }
        return created;
    }

    public AnnouncementView change(SignedInUser actor, long id, AnnouncementInput input) {
        AccessPolicy.requireAdmin(actor);
        AnnouncementContent content = AnnouncementRules.validate(input);
        Announcement announcement = find(id);
        if (announcement.isWithdrawn()) {
            throw new ActionRefusedException("announcement.withdrawnAlready", String.valueOf(id));
        }
        Map<String, String> before = audited(announcement.getId(), announcement.content());
        announcement.change(content, actor.username(), clock.instant());
        auditor.record(actor.username(), "announcementChanged", null, null, before, audited(announcement.getId(), content));
        AnnouncementView view = AnnouncementView.of(announcement);
        mail.queue(view);
        return view;
    }

    public void withdraw(SignedInUser actor, long id) {
        AccessPolicy.requireAdmin(actor);
        Announcement announcement = find(id);
        if (announcement.isWithdrawn()) {
            throw new ActionRefusedException("announcement.withdrawnAlready", String.valueOf(id));
        }
        announcement.withdraw(actor.username(), clock.instant());
        auditor.record(actor.username(), "announcementWithdrawn", null, null, audited(id, announcement.content()),
                Map.of("announcement", String.valueOf(id), "withdrawn", "true"));
    }

    private AnnouncementView createOne(SignedInUser actor, AnnouncementContent content) {
        Announcement announcement = announcements.save(new Announcement(content, actor.username(), clock.instant()));
        auditor.record(actor.username(), "announcementCreated", null, null, Map.of(), audited(announcement.getId(), content));
        AnnouncementView view = AnnouncementView.of(announcement);
        mail.queue(view);
        return view;
    }

    private Announcement find(long id) {
        return announcements.find(id)
                .orElseThrow(() -> new ActionRefusedException("announcement.unknown", String.valueOf(id)));
    }

    private static Map<String, String> audited(Long id, AnnouncementContent content) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("announcement", String.valueOf(id));
        values.put("kind", content.kind().name());
        values.put("preproduction", String.valueOf(content.preproduction()));
        values.put("production", String.valueOf(content.production()));
        values.put("startsAt", content.startsAt().toString());
        values.put("endsAt", content.endsAt().toString());
        values.put("titleNl", content.titleNl());
        return values;
    }
}
