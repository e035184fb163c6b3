package nl.dictu.tvs.portal.usecase.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;

/**
 * What the applicant's application page shows, read in one transaction: the services it asks join it, so the
 * application, its current version and its organisation are loaded once, one connection is taken from the pool
 * and one commit ends it (five transactions before). The dossier is read first: another organisation's application
 * is refused there, as one that does not exist, before anything else is read.
 */
@Stateless
public class ApplicantApplicationPage {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    @EJB
    private ApplicantQueries queries;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private ApplicationDocuments documents;

    @EJB
    private SubmittedContentQueries submittedContent;

    @EJB
    private ConnectionTermination terminations;

    public ApplicantApplicationView read(SignedInUser actor, String reference) {
        // only reads: no query needs the persistence context flushed before it (a write would still be at commit)
        em.setFlushMode(FlushModeType.COMMIT);
        ApplicantDossier dossier = queries.dossier(actor, reference);
        return new ApplicantApplicationView(dossier,
                checklists.checklistOf(actor, dossier.reference()),
                documents.list(actor, dossier.reference()),
                submittedContent.contentOf(actor, dossier.reference()),
                terminations.mayTerminate(actor, dossier.reference()));
    }
}
