package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What submitted content must satisfy beyond its own shape: the current terms accepted, every
 * checklist item that applies to the chosen login means and Eenmalig Inloggen answered (and none
 * that does not), and evidence that is the organisation's own upload.
 */
final class ContentRules {

    private ContentRules() {
    }

    static void require(ApplicationContent content, ChecklistDefinition checklist, TermsVersion currentTerms,
                        StoredFileRepository files, String organisationOin) {
        if (!currentTerms.getLabel().equals(content.termsVersion())) {
            throw ActionRefusedException.of("termsVersion", "application.invalid.termsVersion", content.termsVersion(),
                    currentTerms.getLabel());
        }
        Set<String> applicable = checklist.applicableItems(content.loginMeans(), content.eenmaligInloggen()).stream()
                .map(ChecklistItem::code).collect(Collectors.toSet());
        Set<String> answered = content.checklistAnswers().stream().map(ChecklistAnswer::itemCode).collect(Collectors.toSet());
        for (ChecklistItem item : checklist.items()) {
            if (applicable.contains(item.code()) && !answered.contains(item.code())) {
                throw ActionRefusedException.of("checklist", "application.invalid.checklistUnanswered", item.code());
            }
        }
        for (ChecklistAnswer answer : content.checklistAnswers()) {
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
