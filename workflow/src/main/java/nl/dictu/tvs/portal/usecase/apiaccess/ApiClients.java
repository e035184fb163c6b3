package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member's registration of the organisation's machine clients: a name, a public key and scopes;
 * the portal gives the client id. Any member may revoke a client of the organisation, at once.
 */
@Stateless
public class ApiClients {

    static final int NAME_MAX = 100;

    @EJB
    private ApiClientStore store;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** @return the new client, with the id its assertions must name */
    public RegisteredClient register(SignedInUser actor, String name, String publicKey, Set<ApiScope> scopes) {
        AccessPolicy.requireApplicant(actor);
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > NAME_MAX) {
            throw ActionRefusedException.of("name", "api.client.name", String.valueOf(NAME_MAX));
        }
        if (scopes == null || scopes.isEmpty()) {
            throw ActionRefusedException.of("scopes", "api.client.scopes");
        }
        ClientKeys.PublicKey key = ClientKeys.parse(publicKey);
        RegisteredClient client = new RegisteredClient(UUID.randomUUID().toString(), given, actor.organisationOin(),
                actor.organisationName(), key.jwkJson(), key.thumbprint(), Set.copyOf(scopes), actor.username(),
                clock.instant(), null);
        if (!store.add(client)) {
            throw new AccessRefusedException("access.applicantsOnly");
        }
        auditor.record(actor.username(), "apiClientRegistered", null, null, Map.of(), Map.of("clientId", client.clientId(),
                "name", given, "scopes", AccessTokens.scopeText(client.scopes()), "keyThumbprint", key.thumbprint()));
        return client;
    }

    /** The organisation's clients, revoked ones included. */
    public List<RegisteredClient> ofMyOrganisation(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return store.ofOrganisation(actor.organisationOin());
    }

    /** Revokes the client: its next request with a token is refused, and it gets no new tokens. */
    public void revoke(SignedInUser actor, String clientId) {
        AccessPolicy.requireApplicant(actor);
        if (clientId == null || !store.revoke(clientId, actor.organisationOin(), actor.username(), clock.instant())) {
            throw new AccessRefusedException("api.client.notYours", String.valueOf(clientId));
        }
        auditor.record(actor.username(), "apiClientRevoked", null, null, Map.of(), Map.of("clientId", clientId));
    }
}
