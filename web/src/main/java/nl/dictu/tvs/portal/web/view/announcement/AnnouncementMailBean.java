package nl.dictu.tvs.portal.web.view.announcement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementSubscription;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

/** The account page's choice to get DICTU's announcements by mail. */
@Named
@RequestScoped
public class AnnouncementMailBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private AnnouncementSubscription subscription;

    private boolean subscribed;

    @PostConstruct
    void load() {
        currentUser.user().ifPresent(user -> subscribed = subscription.isSubscribed(user));
    }

    public void save() {
        subscription.choose(currentUser.signedIn(), subscribed);
        String text = PageMessages.text("account.announcementMail.saved");
        FacesContext.getCurrentInstance().addMessage("announcementMailForm", new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public void setSubscribed(boolean subscribed) {
        this.subscribed = subscribed;
    }
}
