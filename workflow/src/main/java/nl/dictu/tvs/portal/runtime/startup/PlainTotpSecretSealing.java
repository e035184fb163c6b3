package nl.dictu.tvs.portal.runtime.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.secret.SecretSealer;

import java.util.List;
import java.util.logging.Logger;

/**
 * Seals, at start-up, the TOTP secrets stored plain before secrets were sealed, so no second-factor
 * key stays readable in the database. Runs in one transaction; a second node finds nothing left.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
public class PlainTotpSecretSealing {

    private static final Logger LOG = Logger.getLogger(PlainTotpSecretSealing.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private SecretSealer sealer;

    @PostConstruct
    void sealPlainSecrets() {
        List<UserAccount> plain = accounts.withPlainTotpSecret();
        for (UserAccount account : plain) {
            account.resealTotp(sealer.seal(account.getSealedTotpSecret().orElseThrow(), account.getUsername()));
        }
        if (!plain.isEmpty()) {
            LOG.info(() -> "Sealed the TOTP secrets of " + plain.size() + " accounts that were stored plain");
        }
    }
}
