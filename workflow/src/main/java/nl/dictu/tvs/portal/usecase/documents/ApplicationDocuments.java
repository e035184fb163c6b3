package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.DocumentNotFoundException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.document.DocumentSummary;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.user.Role;

import java.util.List;

/**
 * The documents of an application: the list the pages show, the download, and the dossier a reviewer
 * asks for. Applicants see their own organisation's, reviewers everyone's; anyone else is told the
 * document does not exist ({@link DocumentNotFoundException}), whether it does or not.
 */
@Stateless
public class ApplicationDocuments {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private StoredDocumentRepository documents;

    @Inject
    private DocumentIssuer issuer;

    public ApplicationDocuments() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ApplicationDocuments(ApplicationRepository applications, StoredDocumentRepository documents,
                                DocumentIssuer issuer) {
        this.applications = applications;
        this.documents = documents;
        this.issuer = issuer;
    }

    /** Oldest first. */
    public List<DocumentView> list(SignedInUser actor, String reference) {
        return documents.summaries(readable(actor, reference).getId()).stream().map(d -> view(reference, d)).toList();
    }

    public DocumentDownload download(SignedInUser actor, String reference, long documentId) {
        Application application = readable(actor, reference);
        StoredDocument document = documents.findById(documentId)
                .filter(d -> d.getApplicationId() == application.getId())
                .orElseThrow(DocumentNotFoundException::new);
        return new DocumentDownload(DownloadName.of(document.getKind(), reference, document.getRound(), document.getLanguage()),
                document.getContent(), document.getSha256());
    }

    /** Reviewers: the dossier of everything issued so far, made now if it is not up to date. */
    public DocumentView dossier(SignedInUser actor, String reference) {
        AccessPolicy.requireReviewer(actor);
        Application application = readable(actor, reference);
        StoredDocument dossier = issuer.dossier(application.getId());
        return documents.summaries(application.getId()).stream()
                .filter(d -> d.id() == dossier.getId()).findFirst().map(d -> view(reference, d)).orElseThrow();
    }

    private Application readable(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference).orElseThrow(DocumentNotFoundException::new);
        String oin = application.getOrganisation().getOin();
        boolean mayRead = actor.hasRole(Role.REVIEWER_NAME)
                || actor.hasRole(Role.APPLICANT_NAME) && oin.equals(actor.organisationOin());
        if (!mayRead) {
            throw new DocumentNotFoundException();
        }
        return application;
    }

    private static DocumentView view(String reference, DocumentSummary summary) {
        return new DocumentView(summary.id(), summary.kind().name(), summary.round(), summary.language(),
                DownloadName.of(summary.kind(), reference, summary.round(), summary.language()),
                summary.createdAt(), summary.size(), summary.sha256());
    }
}
