package nl.dictu.tvs.portal.usecase.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import nl.dictu.tvs.portal.domain.application.CheckKind;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.findings.FindingText;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the applicant's application page shows, read in one transaction: the services it asks join it, so the
 * application, its current version and its organisation are loaded once, one connection is taken from the pool
 * and one commit ends it. The findings are written for the reader in it too (with the names of the organisations they
 * name, and the RvIG decision that resolves the ALB finding), so rendering starts no transaction for them. The dossier
 * is read first: another organisation's application is refused there, as one that does not exist, before anything
 * else is read.
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

    @EJB
    private FindingTexts findingTexts;

    @EJB
    private AlbDecisionAcceptance albAcceptance;

    public ApplicantApplicationView read(SignedInUser actor, String reference, Locale locale) {
        // only reads: no query needs the persistence context flushed before it (a write would still be at commit)
        em.setFlushMode(FlushModeType.COMMIT);
        ApplicantDossier dossier = queries.dossier(actor, reference);
        FindingText text = findingTexts.text(locale).withAlbAcceptance(albAcceptance.of(actor, dossier.reference()));
        Map<CheckKind, List<ReadableFinding>> findings = new EnumMap<>(CheckKind.class);
        dossier.checks().forEach(check -> findings.put(check.kind(), text.readable(check.findings())));
        return new ApplicantApplicationView(dossier, findings,
                checklists.checklistOf(actor, dossier.reference()),
                documents.list(actor, dossier.reference()),
                submittedContent.contentOf(actor, dossier.reference()),
                terminations.mayTerminate(actor, dossier.reference()));
    }
}
