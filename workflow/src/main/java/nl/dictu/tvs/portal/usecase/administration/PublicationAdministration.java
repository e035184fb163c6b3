package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.checklist.ChecklistApplicability;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.checklist.ChecklistSource;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checklist definitions and terms versions for admins: list the versions, start a new draft from
 * the current version, edit the draft, publish it. A published version is never edited (the
 * entities refuse it); the newest published version is the one new applications get, while an
 * application keeps the version it was made with.
 */
@Stateless
public class PublicationAdministration {

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private TermsRepository terms;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public PublicationAdministration() {
        // for the container
    }

    /** Outside the container (tests). */
    public PublicationAdministration(ChecklistRepository checklists, TermsRepository terms, Auditor auditor, Clock clock) {
        this.checklists = checklists;
        this.terms = terms;
        this.auditor = auditor;
        this.clock = clock;
    }

    public List<PublicationVersionView> checklistVersions(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        Optional<String> current = checklists.current().map(ChecklistDefinition::getLabel);
        return checklists.all().stream().map(d -> new PublicationVersionView(d.getLabel(), d.isPublished(),
                current.filter(d.getLabel()::equals).isPresent(), d.getCreatedBy(), d.getCreatedAt(),
                d.getPublishedBy().orElse(null), d.getPublishedAt().orElse(null), d.items().size())).toList();
    }

    public List<ChecklistItemInput> checklistItems(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        return checklist(label).items().stream()
                .map(i -> new ChecklistItemInput(i.code(), i.appliesTo().name(), i.textNl(), i.textEn())
                        .withOrigin(i.phase().name(), i.source().title(), i.source().version().orElse(""),
                                i.source().url().orElse(""), i.provisional())).toList();
    }

    /** A new draft with the current version's items. */
    public void newChecklistDraft(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        requireNewLabel(checklists.findByLabel(label).isPresent(), label);
        List<ChecklistItem> items = checklists.current().map(ChecklistDefinition::items).orElse(List.of());
        if (items.isEmpty()) {
            throw new ActionRefusedException("admin.publication.noCurrent");
        }
        checklists.save(ChecklistDefinition.draft(label, items, actor.username(), clock.instant()));
        auditor.record(actor.username(), "checklistDraftCreated", null, null, Map.of(), Map.of("label", label));
    }

    public void saveChecklistItems(SignedInUser actor, String label, List<ChecklistItemInput> inputs) {
        AccessPolicy.requireAdmin(actor);
        ChecklistDefinition draft = checklist(label);
        draft.requireDraft();
        List<ChecklistItem> items = inputs.stream().map(PublicationAdministration::item).toList();
        draft.replaceItems(items);
        auditor.record(actor.username(), "checklistDraftChanged", null, null, Map.of(),
                Map.of("label", label, "items", String.valueOf(items.size())));
    }

    public void publishChecklist(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        checklist(label).publish(actor.username(), clock.instant());
        auditor.record(actor.username(), "checklistPublished", null, null, Map.of(), Map.of("label", label));
    }

    public List<PublicationVersionView> termsVersions(SignedInUser actor) {
        AccessPolicy.requireAdmin(actor);
        Optional<String> current = terms.current().map(TermsVersion::getLabel);
        return terms.all().stream().map(t -> new PublicationVersionView(t.getLabel(), t.getStatus().name().equals("PUBLISHED"),
                current.filter(t.getLabel()::equals).isPresent(), t.getCreatedBy(), t.getCreatedAt(),
                t.getPublishedBy().orElse(null), t.getPublishedAt().orElse(null), 0)).toList();
    }

    public TermsVersion termsVersion(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        return termsNamed(label);
    }

    /** A new draft with the current version's texts. */
    public void newTermsDraft(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        requireNewLabel(terms.findByLabel(label).isPresent(), label);
        TermsVersion current = terms.current().orElseThrow(() -> new ActionRefusedException("admin.publication.noCurrent"));
        terms.save(TermsVersion.draft(label, current.getTextNl(), current.getTextEn(), actor.username(), clock.instant()));
        auditor.record(actor.username(), "termsDraftCreated", null, null, Map.of(), Map.of("label", label));
    }

    public void saveTermsText(SignedInUser actor, String label, String textNl, String textEn) {
        AccessPolicy.requireAdmin(actor);
        termsNamed(label).changeText(textNl, textEn);
        auditor.record(actor.username(), "termsDraftChanged", null, null, Map.of(), Map.of("label", label));
    }

    public void publishTerms(SignedInUser actor, String label) {
        AccessPolicy.requireAdmin(actor);
        termsNamed(label).publish(actor.username(), clock.instant());
        auditor.record(actor.username(), "termsPublished", null, null, Map.of(), Map.of("label", label));
    }

    private ChecklistDefinition checklist(String label) {
        return checklists.findByLabel(label == null ? "" : label)
                .orElseThrow(() -> new ActionRefusedException("admin.publication.unknown", String.valueOf(label)));
    }

    private TermsVersion termsNamed(String label) {
        return terms.findByLabel(label == null ? "" : label)
                .orElseThrow(() -> new ActionRefusedException("admin.publication.unknown", String.valueOf(label)));
    }

    private static void requireNewLabel(boolean exists, String label) {
        if (exists) {
            throw new ActionRefusedException("admin.publication.labelTaken", String.valueOf(label));
        }
    }

    private static ChecklistItem item(ChecklistItemInput input) {
        String code = blankToEmpty(input.getCode()).toUpperCase(Locale.ROOT);
        return new ChecklistItem(0, code, applicability(input.getAppliesTo()), phase(input.getPhase()),
                blankToEmpty(input.getTextNl()), blankToEmpty(input.getTextEn()),
                new ChecklistSource(code, input.getSourceTitle(), input.getSourceVersion(), input.getSourceUrl()),
                input.isProvisional());
    }

    private static ChecklistPhase phase(String name) {
        try {
            return ChecklistPhase.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ActionRefusedException("admin.checklists.phaseUnknown", String.valueOf(name));
        }
    }

    private static ChecklistApplicability applicability(String name) {
        try {
            return ChecklistApplicability.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ActionRefusedException("admin.publication.appliesToUnknown", String.valueOf(name));
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
