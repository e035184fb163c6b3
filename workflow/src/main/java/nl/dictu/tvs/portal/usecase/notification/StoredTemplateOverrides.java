package nl.dictu.tvs.portal.usecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.mail.MailTemplateOverrideRepository;

import java.util.Optional;

/** The admins' texts from the database ({@code mail_template_override}). */
@ApplicationScoped
public class StoredTemplateOverrides implements TemplateOverrides {

    @Inject
    private MailTemplateOverrideRepository overrides;

    @Override
    public Optional<MailText> find(String templateKey, String language) {
        return overrides.find(templateKey, language).map(o -> new MailText(o.getSubject(), o.getBody()));
    }
}
