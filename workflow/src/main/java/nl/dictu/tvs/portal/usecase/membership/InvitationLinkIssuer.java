package nl.dictu.tvs.portal.usecase.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.usecase.notification.InvitationLinks;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes an invitation's link, or a demo registration's, as its mail is sent: a fresh token, of which only the hash is stored,
 * after the portal's configured address ({@code TVS_PUBLIC_URL}), never a request's Host. A send
 * that fails and is retried makes a new token; the earlier one, never delivered, stops working.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InvitationLinkIssuer implements InvitationLinks {

    public static final String PAGE = "/invitation.xhtml?token=";
    public static final String REGISTRATION_PAGE = "/register.xhtml?token=";

    @Inject
    private InvitationRepository invitations;

    @Inject
    private Clock clock;

    private Supplier<String> publicUrl;

    @Inject
    private PortalConfig config;

    public InvitationLinkIssuer() {
        // for the container
    }

    /** Outside the container (tests). */
    public InvitationLinkIssuer(InvitationRepository invitations, Clock clock, String publicUrl) {
        this.invitations = invitations;
        this.clock = clock;
        this.publicUrl = () -> publicUrl;
    }

    @Override
    public Optional<String> issue(long invitationId) {
        return invitations.findById(invitationId)
                .filter(invitation -> invitation.isOpen(clock.instant()))
                .map(invitation -> {
                    String token = InvitationToken.generate();
                    invitation.reissueToken(InvitationToken.sha256(token));
                    return publicUrl() + PAGE + token;
                });
    }

    @Override
    public Optional<String> issueRegistration(long registrationId) {
        return invitations.findRegistrationRequest(registrationId)
                .filter(request -> request.isOpen(clock.instant()))
                .map(request -> {
                    String token = InvitationToken.generate();
                    request.reissueToken(InvitationToken.sha256(token));
                    return publicUrl() + REGISTRATION_PAGE + token;
                });
    }

    private String publicUrl() {
        return publicUrl != null ? publicUrl.get() : config.requiredPublicUrl();
    }
}
