package nl.dictu.tvs.portal.runtime.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationReference;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.process.ConnectionRequestStarts;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * In demo mode, fills an empty database with the demo organisation, the demo accounts and one
 * application waiting for registration. Runs once: a database that has any account is left alone,
 * so a restart neither duplicates nor resurrects anything.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    private PortalConfig config;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private RuntimeService runtimeService;

    @PostConstruct
    void seed() {
        if (!config.isDemoMode()) {
            LOG.info("Demo mode is off: no demo accounts");
            return;
        }
        if (accounts.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        Organisation organisation = organisations.save(
                new Organisation(DemoAccounts.ORGANISATION_OIN, DemoAccounts.ORGANISATION_NAME, now));
        // The demo accounts share one published password: one hash serves them all, so a first start derives the key
        // (slow on purpose) once instead of once per account.
        String hash = PasswordHash.hash(DemoAccounts.PASSWORD.toCharArray());
        for (DemoAccounts.Account demo : DemoAccounts.ALL) {
            String email = demo.username() + "@demo.tvs.example";
            accounts.save(demo.roles().contains(Role.APPLICANT)
                    ? UserAccount.applicant(demo.username(), demo.displayName(), email, hash, organisation, now)
                    : UserAccount.staff(demo.username(), demo.displayName(), email, hash, demo.roles(), now));
        }
        Organisation neighbour = organisations.save(
                new Organisation(DemoAccounts.NEIGHBOUR_OIN, DemoAccounts.NEIGHBOUR_NAME, now));
        accounts.save(UserAccount.applicant(DemoAccounts.NEIGHBOUR_APPLICANT.username(),
                DemoAccounts.NEIGHBOUR_APPLICANT.displayName(), DemoAccounts.NEIGHBOUR_APPLICANT.username() + "@demo.tvs.example",
                hash, neighbour, now));
        Organisation careProvider = new Organisation(DemoAccounts.CARE_PROVIDER_OIN, DemoAccounts.CARE_PROVIDER_NAME, now);
        careProvider.classifyAsCareProvider(CareRegister.URA, DemoAccounts.CARE_PROVIDER_URA);
        organisations.save(careProvider);
        accounts.save(UserAccount.applicant(DemoAccounts.CARE_PROVIDER_APPLICANT.username(),
                DemoAccounts.CARE_PROVIDER_APPLICANT.displayName(),
                DemoAccounts.CARE_PROVIDER_APPLICANT.username() + "@demo.tvs.example",
                hash, careProvider, now));
        Organisation supplier = new Organisation(DemoAccounts.SUPPLIER_OIN, DemoAccounts.SUPPLIER_NAME, now);
        supplier.classifyAsSupplier();
        organisations.save(supplier);
        accounts.save(UserAccount.applicant(DemoAccounts.SUPPLIER_MEMBER.username(), DemoAccounts.SUPPLIER_MEMBER.displayName(),
                DemoAccounts.SUPPLIER_MEMBER.username() + "@demo.tvs.example",
                hash, supplier, now));
        accounts.save(UserAccount.member(DemoAccounts.SIGNATORY.username(), DemoAccounts.SIGNATORY.displayName(),
                DemoAccounts.SIGNATORY.username() + "@demo.tvs.example", hash,
                organisation, MemberRole.SIGNATORY, now));
        // The demo application is stored like a submission; its instance starts at the first reviewer task.
        long checklistId = checklists.current().orElseThrow(() -> new IllegalStateException("no published checklist")).getId();
        Application application = applications.save(Application.submitted(
                new ApplicationReference(DemoAccounts.DEMO_REFERENCE), organisation, DemoAccounts.APPLICANT, now,
                checklistId));
        applications.saveVersion(application.firstVersion(DemoApplication.content(), DemoAccounts.APPLICANT, now));
        ConnectionRequestStarts.awaitingRegistration(runtimeService, DemoAccounts.DEMO_REFERENCE, application.getId(),
                DemoAccounts.ORGANISATION_OIN, false);
        LOG.info(() -> "Demo mode: created " + (DemoAccounts.ALL.size() + 4) + " demo accounts (password in README)");
    }
}
