package nl.dictu.tvs.portal.usecase.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.util.Optional;

/** The one client of the staff identity provider, when {@code TVS_OIDC_ISSUER} configures one. */
@ApplicationScoped
public class ProviderConnection {

    @Inject
    private PortalConfig config;

    private ProviderClient client;

    @PostConstruct
    void connect() {
        client = ProviderSettings.of(config).map(ProviderClient::new).orElse(null);
    }

    public Optional<ProviderClient> client() {
        return Optional.ofNullable(client);
    }

    public boolean isConfigured() {
        return client != null;
    }
}
