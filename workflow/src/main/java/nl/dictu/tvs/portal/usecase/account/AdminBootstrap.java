package nl.dictu.tvs.portal.usecase.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.time.Instant;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Outside demo mode no account exists until someone creates one. This creates the first admin
 * from {@code TVS_ADMIN_USERNAME} and {@code TVS_ADMIN_PASSWORD} when both are set and that
 * account does not exist yet; it never changes an existing account.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "TVS_ADMIN_USERNAME";
    public static final String ADMIN_PASSWORD = "TVS_ADMIN_PASSWORD";
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    private PortalConfig config;

    @Inject
    private UserAccountRepository accounts;

    @PostConstruct
    void createFirstAdmin() {
        var username = config.get(ADMIN_USERNAME);
        var password = config.get(ADMIN_PASSWORD);
        if (username.isEmpty() || password.isEmpty() || accounts.findByUsername(username.get()).isPresent()) {
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe(() -> ADMIN_PASSWORD + " is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters; no admin account was created");
            return;
        }
        accounts.save(UserAccount.staff(username.get(), username.get(), username.get() + "@localhost",
                PasswordHash.hash(password.get().toCharArray()), EnumSet.of(Role.ADMIN), Instant.now()));
        LOG.info(() -> "Created admin account " + username.get() + " from " + ADMIN_USERNAME);
    }
}
