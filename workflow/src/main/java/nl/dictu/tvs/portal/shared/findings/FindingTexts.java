package nl.dictu.tvs.portal.shared.findings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.trust.finding.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Findings as text for a reader, with the names of the organisations the portal knows by their OIN.
 * Reads only names, which are public; what the findings are about is the caller's to guard.
 */
@Stateless
public class FindingTexts {

    @Inject
    private OrganisationRepository organisations;

    public FindingTexts() {
        // for the container
    }

    /** Outside the container (tests), with the collaborator the container would inject. */
    public FindingTexts(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public List<ReadableFinding> readable(List<Finding> findings, Locale locale) {
        return readable(findings, locale, Optional.empty());
    }

    /** The findings of an application, whose accepted RvIG decision (if any) resolves its ALB finding. */
    public List<ReadableFinding> readable(List<Finding> findings, Locale locale, Optional<AlbAcceptance> albAcceptance) {
        return text(locale).withAlbAcceptance(albAcceptance).readable(findings);
    }

    public FindingText text(Locale locale) {
        return FindingText.of(locale).withOrganisationNames(oin -> organisations.findByOin(oin).map(Organisation::getName));
    }
}
