package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ServiceRules;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What submitted content must satisfy beyond its own shape: the rules across each service's fields
 * ({@link ServiceRules}, which depend on the organisation's kind), the current terms accepted, every
 * checklist item of the application's phase (preproduction) that applies to the chosen login means
 * and Eenmalig Inloggen answered (and none that does not), the same for the production items at the
 * production request, and evidence that is the organisation's own upload.
 */
final class ContentRules {

    private ContentRules() {
    }

    static void require(ApplicationContent content, ChecklistDefinition checklist, TermsVersion currentTerms,
                        StoredFileRepository files, String organisationOin, OrganisationKind kind) {
        ServiceRules.require(content.services(), kind);
        if (!currentTerms.getLabel().equals(content.termsVersion())) {
            throw ActionRefusedException.of("termsVersion", "application.invalid.termsVersion", content.termsVersion(),
                    currentTerms.getLabel());
        }
        requireExactlyAnswered(checklist.applicableItems(ChecklistPhase.PREPRODUCTION, content.loginMeans(),
                content.eenmaligInloggen()), content.checklistAnswers(), files, organisationOin);
    }

    /**
     * The answers given with the production request: every production item of the application's
     * checklist version that applies to its login means answered, and nothing else.
     */
    static void requireProductionAnswers(ApplicationContent content, ChecklistDefinition checklist,
                                         List<ChecklistAnswer> answers, StoredFileRepository files, String organisationOin) {
        requireExactlyAnswered(checklist.applicableItems(ChecklistPhase.PRODUCTION, content.loginMeans(),
                content.eenmaligInloggen()), answers, files, organisationOin);
    }

    private static void requireExactlyAnswered(List<ChecklistItem> applicableItems, List<ChecklistAnswer> answers,
                                               StoredFileRepository files, String organisationOin) {
        Set<String> applicable = applicableItems.stream().map(ChecklistItem::code).collect(Collectors.toSet());
        Set<String> answered = answers.stream().map(ChecklistAnswer::itemCode).collect(Collectors.toSet());
        for (ChecklistItem item : applicableItems) {
            if (!answered.contains(item.code())) {
                throw ActionRefusedException.of("checklist", "application.invalid.checklistUnanswered", item.code());
            }
        }
        for (ChecklistAnswer answer : answers) {
            if (!applicable.contains(answer.itemCode())) {
                throw ActionRefusedException.of("checklist", "application.invalid.checklistNotApplicable", answer.itemCode());
            }
            requireOwnEvidence(answer, files, organisationOin);
        }
    }

    static void requireOwnEvidence(ChecklistAnswer answer, StoredFileRepository files, String organisationOin) {
        if (answer.evidenceFileId() != null && !UploadService.isOwnFile(files, answer.evidenceFileId(), organisationOin,
                FilePurpose.CHECKLIST_EVIDENCE)) {
            throw new ActionRefusedException("application.invalid.evidenceFile", answer.itemCode());
        }
    }
}
