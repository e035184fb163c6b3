package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.mail.MailTemplateOverride;
import nl.dictu.tvs.portal.domain.mail.MailTemplateOverrideRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.MailText;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Dutch and English mail templates for admins: the text in use (an admin's, or the bundle's
 * default), saving an own text, a preview with sample data, and going back to the default.
 */
@Stateless
public class MailTemplateAdministration {

    /** The sample data of a preview. */
    public static final MailParameters SAMPLE = new MailParameters("TVS-2026-00042", ConnectionRequestModel.REGISTER_APPLICATION,
            "De aangevraagde dienst valt buiten TVS.");

    @Inject
    private MailTemplateOverrideRepository overrides;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public MailTemplateAdministration() {
        // for the container
    }

    /** Outside the container (tests). */
    public MailTemplateAdministration(MailTemplateOverrideRepository overrides, Auditor auditor, Clock clock) {
        this.overrides = overrides;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<MailTemplateView> templates(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        List<MailTemplateView> views = new ArrayList<>();
        for (String key : MailTemplates.KEYS) {
            for (String language : MailTemplates.LANGUAGES) {
                views.add(view(key, language));
            }
        }
        return views;
    }

    public MailTemplateView template(SignedInUser actor, String templateKey, String language) {
        AccessPolicy.requireAdmin(actor);
        requireKnown(templateKey, language);
        return view(templateKey, language);
    }

    /** Renders the text with the sample data; refuses a text whose placeholders are broken. */
    public RenderedMail preview(SignedInUser actor, String templateKey, String language, MailText text) {
        AccessPolicy.requireAdmin(actor);
        requireKnown(templateKey, language);
        validate(text);
        return MailTemplates.render(text, Locale.forLanguageTag(language), "aanvrager@gemeente.example", SAMPLE);
    }

    public void save(SignedInUser actor, String templateKey, String language, MailText text) {
        AccessPolicy.requireAdmin(actor);
        requireKnown(templateKey, language);
        validate(text);
        MailText before = view(templateKey, language).toText();
        Optional<MailTemplateOverride> existing = overrides.find(templateKey, language);
        if (existing.isPresent()) {
            existing.get().change(text.subject().strip(), text.body(), actor.username(), clock.instant());
        } else {
            overrides.save(new MailTemplateOverride(templateKey, language, text.subject().strip(), text.body(),
                    actor.username(), clock.instant()));
        }
        auditor.record(actor.username(), "mailTemplateChanged", null, null, Map.of("template", templateKey + "/" + language,
                "subject", before.subject()), Map.of("template", templateKey + "/" + language, "subject", text.subject().strip()));
    }

    public void resetToDefault(SignedInUser actor, String templateKey, String language) {
        AccessPolicy.requireAdmin(actor);
        requireKnown(templateKey, language);
        overrides.find(templateKey, language).ifPresent(o -> {
            overrides.delete(o);
            auditor.record(actor.username(), "mailTemplateReset", null, null,
                    Map.of("template", templateKey + "/" + language, "subject", o.getSubject()),
                    Map.of("template", templateKey + "/" + language));
        });
    }

    /** The subject and body must be present, within their limits, and valid patterns ({0}..{2}). */
    static void validate(MailText text) {
        if (text == null || text.subject() == null || text.subject().isBlank()
                || text.subject().strip().length() > MailTemplateOverride.SUBJECT_MAX) {
            throw new ActionRefusedException("admin.mail.subjectRequired", String.valueOf(MailTemplateOverride.SUBJECT_MAX));
        }
        if (text.body() == null || text.body().isBlank() || text.body().length() > MailTemplateOverride.BODY_MAX) {
            throw new ActionRefusedException("admin.mail.bodyRequired", String.valueOf(MailTemplateOverride.BODY_MAX));
        }
        for (String pattern : List.of(text.subject(), text.body())) {
            try {
                MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
                if (format.getFormatsByArgumentIndex().length > 3) {
                    throw new ActionRefusedException("admin.mail.placeholders");
                }
            } catch (IllegalArgumentException e) {
                throw new ActionRefusedException("admin.mail.placeholders");
            }
        }
    }

    private MailTemplateView view(String key, String language) {
        return overrides.find(key, language)
                .map(o -> new MailTemplateView(key, language, o.getSubject(), o.getBody(), true, o.getChangedBy(), o.getChangedAt()))
                .orElseGet(() -> {
                    MailText text = MailTemplates.defaultText(key, Locale.forLanguageTag(language));
                    return new MailTemplateView(key, language, text.subject(), text.body(), false, null, null);
                });
    }

    private static void requireKnown(String templateKey, String language) {
        if (!MailTemplates.KEYS.contains(templateKey) || !MailTemplates.LANGUAGES.contains(language)) {
            throw new ActionRefusedException("admin.mail.unknownTemplate", templateKey + "/" + language);
        }
    }
}
