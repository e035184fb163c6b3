package nl.dictu.tvs.portal.usecase.review;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentQueries;
import nl.dictu.tvs.portal.usecase.cluster.ClusterConnections;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;

import java.util.Locale;

/**
 * What the reviewer's application page shows when it opens, read in one transaction: the services it asks join
 * it, so the application, its versions and its organisation are loaded once, one connection is taken from the
 * pool and one commit ends it. Everything the page renders is in it (the cluster's served organisations, whether DICTU
 * may end the connection), so rendering starts no transaction of its own. Each service still checks the reviewer's
 * right itself.
 */
@Stateless
public class ReviewerApplicationPage {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    @EJB
    private ReviewerDossier dossiers;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private SubmittedContentQueries submittedContent;

    @EJB
    private ApplicantKindQueries applicantKinds;

    @EJB
    private ClusterConnections clusterConnections;

    @EJB
    private ConnectionTermination terminations;

    public ReviewerApplicationView read(SignedInUser actor, String reference, Locale locale) {
        // only reads: no query needs the persistence context flushed before it (a write would still be at commit)
        em.setFlushMode(FlushModeType.COMMIT);
        return new ReviewerApplicationView(dossiers.dossier(actor, reference, locale),
                checklists.checklistOf(actor, reference),
                submittedContent.contentOf(actor, reference),
                applicantKinds.of(actor, reference, locale),
                clusterConnections.members(actor, reference),
                terminations.mayTerminate(actor, reference));
    }
}
