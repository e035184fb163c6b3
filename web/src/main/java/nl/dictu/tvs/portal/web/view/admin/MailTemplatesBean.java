package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.administration.MailTemplateAdministration;
import nl.dictu.tvs.portal.usecase.administration.MailTemplateView;
import nl.dictu.tvs.portal.usecase.notification.MailText;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** The mail templates in Dutch and English: edit, preview with sample data, back to the default. */
@Named
@ViewScoped
public class MailTemplatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private MailTemplateAdministration administration;

    private List<MailTemplateView> templates;
    private String templateKey;
    private String language;
    private String subject;
    private String body;
    /** Shown once after "preview"; not carried to another node (its attachment is an Optional). */
    private transient RenderedMail preview;

    public List<MailTemplateView> getTemplates() {
        if (templates == null) {
            templates = administration.templates(actor());
        }
        return templates;
    }

    public void edit(MailTemplateView template) {
        templateKey = template.templateKey();
        language = template.language();
        subject = template.subject();
        body = template.body();
        preview = null;
    }

    public void preview() {
        try {
            preview = administration.preview(actor(), templateKey, language, new MailText(subject, body));
        } catch (ApplicationServiceException e) {
            preview = null;
            PageMessages.refusal(e);
        }
    }

    public void save() {
        try {
            administration.save(actor(), templateKey, language, new MailText(subject, body));
            PageMessages.info("admin.mail.saved", templateKey, language);
            close();
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    public void resetToDefault() {
        try {
            administration.resetToDefault(actor(), templateKey, language);
            PageMessages.info("admin.mail.reset", templateKey, language);
            close();
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    public void close() {
        templateKey = null;
        preview = null;
        templates = null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public boolean isEditing() {
        return templateKey != null;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public RenderedMail getPreview() {
        return preview;
    }
}
