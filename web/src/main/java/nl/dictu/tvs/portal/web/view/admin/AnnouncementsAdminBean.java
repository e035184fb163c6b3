package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementAdministration;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementInput;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementView;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.FormRefusal;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The admins' announcements: write a new one, change or withdraw one. What was typed stays in the
 * form after a refusal; each problem shows at its field.
 */
@Named
@ViewScoped
public class AnnouncementsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private AnnouncementAdministration administration;

    private List<AnnouncementView> announcements;
    private Long editing;
    private String kind = "MAINTENANCE";
    private boolean preproduction;
    private boolean production;
    private String start;
    private String end;
    private String titleNl;
    private String titleEn;
    private String textNl;
    private String textEn;
    private boolean counterpart = true;
    /** Shown once, with the answer to the save that was refused; not carried to another node. */
    private transient FormRefusal refusal;

    public List<AnnouncementView> getAnnouncements() {
        if (announcements == null) {
            announcements = administration.all(actor());
        }
        return announcements;
    }

    public void edit(AnnouncementView announcement) {
        editing = announcement.id();
        kind = announcement.kind();
        preproduction = announcement.preproduction();
        production = announcement.production();
        start = announcement.startTyped();
        end = announcement.endTyped();
        titleNl = announcement.titleNl();
        titleEn = announcement.titleEn();
        textNl = announcement.textNl();
        textEn = announcement.textEn();
        refusal = null;
    }

    public void save() {
        AnnouncementInput input = new AnnouncementInput(kind, preproduction, production, start, end, titleNl, titleEn,
                textNl, textEn, counterpart);
        try {
            if (editing == null) {
                List<AnnouncementView> created = administration.create(actor(), input);
                if (created.size() > 1) {
                    PageMessages.info("admin.announcements.createdWithCounterpart", created.get(0).id(), created.get(1).id(),
                            created.get(1).startTyped());
                } else {
                    PageMessages.info("admin.announcements.created", created.get(0).id());
                }
            } else {
                administration.change(actor(), editing, input);
                PageMessages.info("admin.announcements.changed", editing);
            }
            clear();
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
        }
    }

    public void withdraw(AnnouncementView announcement) {
        try {
            administration.withdraw(actor(), announcement.id());
            PageMessages.info("admin.announcements.withdrawn", announcement.id());
            announcements = null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    public void clear() {
        editing = null;
        kind = "MAINTENANCE";
        preproduction = false;
        production = false;
        start = null;
        end = null;
        titleNl = null;
        titleEn = null;
        textNl = null;
        textEn = null;
        counterpart = true;
        refusal = null;
        announcements = null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public Long getEditing() {
        return editing;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isPreproduction() {
        return preproduction;
    }

    public void setPreproduction(boolean preproduction) {
        this.preproduction = preproduction;
    }

    public boolean isProduction() {
        return production;
    }

    public void setProduction(boolean production) {
        this.production = production;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTextNl() {
        return textNl;
    }

    public void setTextNl(String textNl) {
        this.textNl = textNl;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public boolean isCounterpart() {
        return counterpart;
    }

    public void setCounterpart(boolean counterpart) {
        this.counterpart = counterpart;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }
}
