package nl.dictu.tvs.portal.usecase.notification;

import java.util.Optional;

/** Where an admin's own text for a template may be found; the bundle's default applies otherwise. */
@FunctionalInterface
public interface TemplateOverrides {

    TemplateOverrides NONE = (templateKey, language) -> Optional.empty();

    Optional<MailText> find(String templateKey, String language);
}
