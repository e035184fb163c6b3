package nl.dictu.tvs.portal.trust.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.alb.AlbListEntry;
import nl.dictu.tvs.portal.domain.alb.AlbListRepository;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.alb.AlbRegister;

import java.util.Optional;

/**
 * The ALB list the portal checks against: the entries of the last accepted import, in the database.
 * An admin replaces it through {@link nl.dictu.tvs.portal.usecase.administration.AlbAdministration}; in demo mode
 * {@link nl.dictu.tvs.portal.runtime.demo.DemoTrustSeeder} imports the demo organisation once.
 */
@ApplicationScoped
public class PortalAlbRegister implements AlbRegister {

    @Inject
    private AlbListRepository repository;

    protected PortalAlbRegister() {
        // for CDI
    }

    /** Outside the container (tests), on a repository the caller manages. */
    public PortalAlbRegister(AlbListRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<AlbEntry> findByOin(String oin) {
        return repository.findByOin(oin).map(PortalAlbRegister::toEntry);
    }

    static AlbEntry toEntry(AlbListEntry entry) {
        return new AlbEntry(entry.getOin(), entry.getRegisteredName(), entry.getDecisionReference(), entry.getDecisionDate());
    }
}
