package nl.dictu.tvs.portal.usecase.announcement;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.user.MailRecipient;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;

import java.time.Clock;
import java.util.List;

/**
 * Puts a new or changed announcement in the outbox for every member who subscribed, each in their
 * language, in the caller's transaction. Each version of an announcement is mailed once.
 */
@Dependent
public class AnnouncementMail {

    private final OutboxMailRepository outbox;
    private final UserAccountRepository accounts;
    private final Clock clock;

    @Inject
    public AnnouncementMail(OutboxMailRepository outbox, UserAccountRepository accounts, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @return the mails in the outbox for this version of the announcement */
    public List<OutboxMail> queue(AnnouncementView announcement) {
        String key = "announcement:" + announcement.id() + ":" + announcement.changedAt().toEpochMilli();
        return accounts.announcementSubscribers().stream()
                .map(recipient -> outbox.queueOnce(new OutboxMail(key + ":" + recipient.email(), recipient.email(),
                        MailTemplates.ANNOUNCEMENT, recipient.language(), parameters(announcement, recipient).toJson(),
                        clock.instant())))
                .toList();
    }

    static MailParameters parameters(AnnouncementView announcement, MailRecipient recipient) {
        String language = AnnouncementFeeds.language(recipient.language());
        return MailParameters.announcement(announcement.title(language), AnnouncementFeeds.description(announcement, language));
    }
}
