package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.usecase.documents.DocumentView;

import java.util.List;

/**
 * The applicant's application page: the dossier (status, tasks, ServiceUUIDs, findings, history), the checklist's
 * state, the documents issued so far, the submitted content, and whether the organisation may end the connection.
 */
public record ApplicantApplicationView(ApplicantDossier dossier, ChecklistStatus checklist, List<DocumentView> documents,
        SubmittedContentView content, boolean terminable) {

    public ApplicantApplicationView {
        documents = List.copyOf(documents);
    }
}
