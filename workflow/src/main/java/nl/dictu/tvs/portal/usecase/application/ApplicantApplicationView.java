package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.usecase.documents.DocumentView;

import java.util.List;
import java.util.Map;

/**
 * The applicant's application page: the dossier (status, tasks, ServiceUUIDs, findings, history), the findings of
 * each check as the reader's text, the checklist's state, the documents issued so far, the submitted content, and
 * whether the organisation may end the connection.
 */
public record ApplicantApplicationView(ApplicantDossier dossier, Map<CheckKind, List<ReadableFinding>> findings,
        ChecklistStatus checklist, List<DocumentView> documents, SubmittedContentView content, boolean terminable) {

    public ApplicantApplicationView {
        findings = Map.copyOf(findings);
        documents = List.copyOf(documents);
    }

    /** The findings of one of the dossier's checks, written for the reader. */
    public List<ReadableFinding> findingsOf(CheckFindings check) {
        return findings.getOrDefault(check.kind(), List.of());
    }
}
