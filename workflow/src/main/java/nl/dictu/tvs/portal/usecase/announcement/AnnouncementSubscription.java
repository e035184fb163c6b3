package nl.dictu.tvs.portal.usecase.announcement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import java.util.Map;

/** A signed-in person's choice to get DICTU's announcements by mail (off until they turn it on). */
@Stateless
public class AnnouncementSubscription {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Auditor auditor;

    public AnnouncementSubscription() {
        // for the container
    }

    /** Outside the container (tests). */
    public AnnouncementSubscription(UserAccountRepository accounts, Auditor auditor) {
        this.accounts = accounts;
        this.auditor = auditor;
    }

    public boolean isSubscribed(SignedInUser actor) {
        return account(actor).isAnnouncementMail();
    }

    public void choose(SignedInUser actor, boolean subscribed) {
        UserAccount account = account(actor);
        boolean before = account.isAnnouncementMail();
        if (before != subscribed) {
            account.changeAnnouncementMail(subscribed);
            auditor.record(actor.username(), "announcementMailChosen", null, null,
                    Map.of("announcementMail", String.valueOf(before)), Map.of("announcementMail", String.valueOf(subscribed)));
        }
    }

    private UserAccount account(SignedInUser actor) {
        if (actor == null) {
            throw new AccessRefusedException("access.signInRequired");
        }
        return accounts.findByUsername(actor.username()).orElseThrow(() -> new AccessRefusedException("access.signInRequired"));
    }
}
