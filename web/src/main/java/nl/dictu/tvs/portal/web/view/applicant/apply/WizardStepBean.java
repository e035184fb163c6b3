package nl.dictu.tvs.portal.web.view.applicant.apply;

import nl.dictu.tvs.portal.web.view.TooManyRequests;
import nl.dictu.tvs.portal.web.Uploads;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.applying.DraftChecks;
import nl.dictu.tvs.portal.usecase.applying.DraftService;
import nl.dictu.tvs.portal.usecase.applying.DraftView;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftValidation;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.FindingsBean;

import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every step page of the wizard shares: the organisation's draft and its version, saving it
 * (on a field's blur through Ajax, and on every step change), its errors, and the step navigation.
 * A field's error shows once the field was left or the step was visited before; every save keeps
 * what was typed, errors and all.
 */
public abstract class WizardStepBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Suffix of a radio group's component id; the fieldset around it carries the field id. */
    public static final String CHOICE = "Choice";
    private static final Pattern SERVICE_LEVEL = Pattern.compile("service(\\d+)(?:" + Arrays.stream(LoginMeans.values())
            .map(LoginMeans::name).collect(Collectors.joining("|")) + ")");

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private FindingsBean findingsBean;

    @EJB
    private DraftService drafts;

    @EJB
    private DraftChecks checks;

    @EJB
    private UploadService uploads;

    private String uploadedTo;
    private WizardDraft draft;
    private long version;
    private String updatedBy;
    private List<DraftError> errors = List.of();
    private final Set<String> touched = new HashSet<>();
    private String refusal;
    private String notice;
    private final Map<String, String> uploadRefusals = new HashMap<>();

    /** The step this page is. */
    protected abstract WizardStep step();

    @PostConstruct
    void load() {
        reload();
    }

    private void reload() {
        DraftView view = drafts.open(actor());
        draft = view.draft();
        version = view.version();
        updatedBy = view.updatedByName();
        errors = checks.errors(actor());
    }

    /** Ajax, on a field's blur or change: save, and show that field's error from now on. */
    public void saveField(AjaxBehaviorEvent event) {
        touched.add(fieldOf(event.getComponent().getId()));
        save();
    }

    /**
     * The field id errors use for a component: a radio group's errors belong to its fieldset
     * ({@code ...Choice} without the suffix), a service's missing login means to its first select.
     */
    static String fieldOf(String componentId) {
        String id = componentId.endsWith(CHOICE) ? componentId.substring(0, componentId.length() - CHOICE.length())
                : componentId;
        Matcher level = SERVICE_LEVEL.matcher(id);
        return level.matches() ? FieldIds.serviceLevel(Integer.parseInt(level.group(1)), LoginMeans.DIGID) : id;
    }

    /** Saves the draft; a refusal (a colleague saved in between) reloads theirs and says so. */
    protected synchronized boolean save() {
        return saveOn(step());
    }

    /** Saves the draft as left on {@code at}, the step resuming it opens. */
    private synchronized boolean saveOn(WizardStep at) {
        try {
            draft.setLastStep(at);
            DraftView saved = drafts.save(actor(), draft, version);
            version = saved.version();
            updatedBy = saved.updatedByName();
            errors = checks.errors(actor());
            refusal = null;
            return true;
        } catch (ApplicationServiceException e) {
            refusal = text(e.messageKey(), e.arguments());
            reload();
            return false;
        }
    }

    public String next() {
        return leaveTo(WizardStep.values()[Math.min(step().ordinal() + 1, WizardStep.values().length - 1)]);
    }

    public String previous() {
        return leaveTo(WizardStep.values()[Math.max(step().ordinal() - 1, 0)]);
    }

    /** Saves, marks this step visited, and goes to the other step; with errors too, unless the save was refused. */
    protected String leaveTo(WizardStep target) {
        draft.markVisited(step());
        return saveOn(target) ? outcome(target) : null;
    }

    protected static String outcome(WizardStep target) {
        return "/applicant/apply/" + target.page() + "?faces-redirect=true";
    }

    /** Once the step was left or the field touched; a service's level selects count as one field (a rule across them). */
    public boolean showsErrorOf(String fieldId) {
        return draft.isVisited(step()) || touched.contains(fieldOf(fieldId));
    }

    /** The field's error messages (a refused upload first), once it shows errors; empty otherwise. */
    public String errorOf(String fieldId) {
        String upload = uploadRefusals.getOrDefault(fieldId, "");
        if (!showsErrorOf(fieldId)) {
            return upload;
        }
        String rules = errors.stream().filter(e -> e.fieldId().equals(fieldId))
                .map(this::message).collect(Collectors.joining(" "));
        return (upload + " " + rules).strip();
    }

    /**
     * Stores the chosen file, or else the pasted text, for the organisation; empty when neither
     * was given or the upload was refused (the refusal shows at the field).
     */
    protected Optional<FileRef> upload(FilePurpose purpose, String fieldId, Part file, String pasted, String pastedName) {
        uploadRefusals.remove(fieldId);
        notice = null;
        uploadedTo = null;
        try {
            if (Uploads.chosen(file)) {
                return Optional.of(stored(uploads.upload(actor(), purpose, file.getSubmittedFileName(),
                        Uploads.read(file, purpose))));
            }
            if (pasted != null && !pasted.isBlank()) {
                return Optional.of(stored(uploads.upload(actor(), purpose, pastedName,
                        pasted.strip().getBytes(StandardCharsets.UTF_8))));
            }
            return Optional.empty();
        } catch (ApplicationServiceException e) {
            TooManyRequests.answer(e);
            uploadRefusals.put(fieldId, text(e.messageKey(), e.arguments()));
        } catch (InvalidApplicationException e) {
            uploadRefusals.put(fieldId, text(e.messageKey(), e.arguments().stream().map(String::valueOf).toList()));
        }
        return Optional.empty();
    }

    private static FileRef stored(UploadedFile file) {
        return new FileRef(file.id(), file.fileName());
    }

    /**
     * After a stored upload: the notice says so, and the page opens at {@code regionId}, the region
     * that shows the outcome, instead of at its top.
     */
    protected void uploaded(String regionId, String fileName) {
        notice("wizard.upload.done", fileName);
        uploadedTo = regionId;
    }

    /** The id of the region an upload's outcome is in, or null when the page did not just store one. */
    public String getUploadedTo() {
        return uploadedTo;
    }

    protected void refuseUpload(String fieldId, String key) {
        uploadRefusals.put(fieldId, text(key, List.of()));
    }

    public boolean hasError(String fieldId) {
        return !errorOf(fieldId).isEmpty();
    }

    /** For {@code aria-describedby}: the field's hint and error elements; the error element always exists. */
    public String describedBy(String... ids) {
        return Arrays.stream(ids).collect(Collectors.joining(" "));
    }

    /** This step's errors that show now, in the page's order. */
    public List<DraftError> getShownStepErrors() {
        return DraftValidation.errorsOf(step(), errors).stream().filter(e -> showsErrorOf(e.fieldId())).toList();
    }

    public boolean stepHasErrors(WizardStep other) {
        return draft.isVisited(other) && !DraftValidation.errorsOf(other, errors).isEmpty();
    }

    /** A finding's error in the words FindingText gives every finding; any other error from the bundle. */
    public String message(DraftError error) {
        return findingsBean.textOfKey(error.messageKey(), error.arguments())
                .orElseGet(() -> text(error.messageKey(), error.arguments()));
    }

    protected String text(String key, List<String> arguments) {
        return Bundle.text(localeBean.getLocale(), key, arguments.toArray());
    }

    protected SignedInUser actor() {
        return currentUser.signedIn();
    }

    protected DraftService drafts() {
        return drafts;
    }

    protected DraftChecks checks() {
        return checks;
    }

    protected void refuse(ApplicationServiceException e) {
        refusal = text(e.messageKey(), e.arguments());
    }

    protected void refuse(String key, String... arguments) {
        refusal = text(key, List.of(arguments));
    }

    protected void notice(String key, String... arguments) {
        notice = text(key, List.of(arguments));
    }

    public WizardStep getStep() {
        return step();
    }

    public List<WizardStep> getSteps() {
        return List.of(WizardStep.values());
    }

    public int getStepCount() {
        return WizardStep.values().length;
    }

    public WizardDraft getDraft() {
        return draft;
    }

    protected List<DraftError> errors() {
        return errors;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNotice() {
        return notice;
    }

    protected long version() {
        return version;
    }
}
