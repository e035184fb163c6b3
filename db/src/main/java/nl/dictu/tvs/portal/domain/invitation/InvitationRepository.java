package nl.dictu.tvs.portal.domain.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Invitations by token hash and by organisation, and the demo registrations that wait for their
 * link in the same way. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    protected InvitationRepository() {
        // for CDI
    }

    /** Outside the container (tests, tools), with an entity manager the caller manages. */
    public InvitationRepository(EntityManager em) {
        this.em = em;
    }

    public Invitation save(Invitation invitation) {
        if (invitation.getId() == null) {
            em.persist(invitation);
            return invitation;
        }
        return em.merge(invitation);
    }

    public Optional<Invitation> findById(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public Optional<Invitation> findByTokenSha256(String tokenSha256) {
        return em.createQuery("select i from Invitation i join fetch i.organisation where i.tokenSha256 = :hash",
                        Invitation.class)
                .setParameter("hash", tokenSha256)
                .getResultStream().findFirst();
    }

    public RegistrationRequest save(RegistrationRequest request) {
        if (request.getId() == null) {
            em.persist(request);
            return request;
        }
        return em.merge(request);
    }

    public Optional<RegistrationRequest> findRegistrationRequest(long id) {
        return Optional.ofNullable(em.find(RegistrationRequest.class, id));
    }

    public Optional<RegistrationRequest> findRegistrationRequestByTokenSha256(String tokenSha256) {
        return em.createQuery("select r from RegistrationRequest r where r.tokenSha256 = :hash", RegistrationRequest.class)
                .setParameter("hash", tokenSha256)
                .getResultStream().findFirst();
    }

    /** The organisation's invitations that are neither accepted nor expired, newest first. */
    public List<Invitation> openFor(String organisationOin, Instant now) {
        return em.createQuery("select i from Invitation i where i.organisation.oin = :oin and i.acceptedAt is null "
                        + "and i.expiresAt > :now order by i.createdAt desc, i.id desc", Invitation.class)
                .setParameter("oin", organisationOin)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Removes the invitations and registration requests that ended before {@code cutoff}: used then, or
     * expired then unused (the address they went to with them); returns how many.
     */
    public int deleteEndedBefore(Instant cutoff) {
        return em.createQuery("delete from Invitation i where i.acceptedAt < :cutoff "
                        + "or (i.acceptedAt is null and i.expiresAt < :cutoff)")
                .setParameter("cutoff", cutoff)
                .executeUpdate()
                + em.createQuery("delete from RegistrationRequest r where r.completedAt < :cutoff "
                        + "or (r.completedAt is null and r.expiresAt < :cutoff)")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
