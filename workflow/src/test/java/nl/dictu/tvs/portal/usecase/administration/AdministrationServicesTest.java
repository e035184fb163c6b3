package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.mail.MailTemplateOverrideRepository;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.AccountStanding;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.MailText;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import nl.dictu.tvs.portal.usecase.notification.StoredTemplateOverrides;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrationServicesTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final Auditor auditor = new Auditor(new AuditTrail(bed.em), bed.clock);
    private final UserAdministration users = new UserAdministration(new UserAccountRepository(bed.em),
            new OrganisationRepository(bed.em), auditor, bed.clock, true);
    private final MailTemplateOverrideRepository overrides = new MailTemplateOverrideRepository(bed.em);
    private final MailTemplateAdministration mail = new MailTemplateAdministration(overrides, auditor, bed.clock);
    private final SignedInUser henk = new SignedInUser("henk", "Henk", Set.of(Role.ADMIN_NAME), null, null, null);

    @AfterEach
    void close() {
        bed.close();
    }

    private void seedAdmin() {
        bed.inTransaction(() -> bed.em.persist(UserAccount.staff("henk", "Henk", "henk@dictu.example", "x",
                EnumSet.of(Role.ADMIN), ServiceTestBed.START)));
    }

    private static String refusal(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    @Test
    void shouldCreateAnApplicantOfAnOrganisationWithAOneTimePasswordThatSignsIn() {
        CreatedAccount created = bed.inTransaction(() -> users.create(henk, new AccountByAdmin("  Piet.Jansen ", "Piet Jansen",
                "piet@voorbeeldstad.example", Set.of("applicant"), ServiceTestBed.OIN)));
        String password = created.oneTimePassword();
        assertThat(created.username()).isEqualTo("piet.jansen");

        UserAccount piet = bed.inTransaction(() -> new UserAccountRepository(bed.em).findByUsername("piet.jansen").orElseThrow());
        assertThat(PasswordHash.verify(password.toCharArray(), piet.getPasswordHash())).isTrue();
        assertThat(bed.inTransaction(() -> users.users(henk))).filteredOn(u -> u.username().equals("piet.jansen")).singleElement()
                .satisfies(u -> {
                    assertThat(u.organisationOin()).isEqualTo(ServiceTestBed.OIN);
                    assertThat(u.roles()).containsExactly("applicant");
                });
    }

    @Test
    void shouldRefuseUnknownOrganisationsTakenNamesAndNonAdmins() {
        assertThatThrownBy(() -> bed.inTransaction(() -> users.create(henk, new AccountByAdmin("nieuw", "Nieuw", "n@x.example",
                Set.of("applicant"), "00000099000000001000")))).satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.users.organisationUnknown"));
        assertThatThrownBy(() -> bed.inTransaction(() -> users.create(henk, new AccountByAdmin("anne", "Anne", "a@x.example",
                Set.of("reviewer"), "")))).satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.users.usernameTaken"));
        assertThatThrownBy(() -> users.users(ServiceTestBed.reviewer("rev1")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("access.adminsOnly"));
    }

    @Test
    void shouldKeepAnAdminsOwnAdminRoleAndLetThemChangeAnothers() {
        seedAdmin();

        assertThatThrownBy(() -> bed.inTransaction(() -> users.changeRoles(henk, "henk", Set.of("reviewer"))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.users.ownAdminRole"));
        bed.inTransaction(() -> users.changeRoles(henk, "rev1", Set.of("reviewer", "admin")));

        assertThat(bed.inTransaction(() -> users.users(henk))).filteredOn(u -> u.username().equals("rev1")).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly("admin", "reviewer"));
    }

    @Test
    void shouldDisableAndResetSoThatOnlyTheNewPasswordWorks() {
        seedAdmin();
        bed.inTransaction(() -> users.setEnabled(henk, "rev2", false));
        assertThat(bed.inTransaction(() -> users.users(henk))).filteredOn(u -> u.username().equals("rev2"))
                .singleElement().satisfies(u -> assertThat(u.enabled()).isFalse());
        assertThatThrownBy(() -> bed.inTransaction(() -> users.setEnabled(henk, "henk", false)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.users.disableSelf"));

        String password = bed.inTransaction(() -> users.resetPassword(henk, "rev2"));

        UserAccount rev2 = bed.inTransaction(() -> new UserAccountRepository(bed.em).findByUsername("rev2").orElseThrow());
        assertThat(PasswordHash.verify(password.toCharArray(), rev2.getPasswordHash())).isTrue();
        assertThat(PasswordHash.verify("x".toCharArray(), rev2.getPasswordHash())).isFalse();
        assertThat(rev2.mustChangePassword()).as("a one-time password").isTrue();
        assertThat(rev2.isPasswordUsableAt(bed.clock.instant().plus(Duration.ofHours(23)))).isTrue();
        assertThat(rev2.isPasswordUsableAt(bed.clock.instant().plus(Duration.ofHours(24)))).as("expired after 24 hours").isFalse();
        assertThat(rev2.keepsSessionSignedInAt(bed.clock.instant().minusSeconds(1))).as("its sessions ended").isFalse();
    }

    @Test
    void shouldReadAnAccountsStandingAloneAsTheAccountHasIt() {
        seedAdmin();
        UserAccountRepository accounts = new UserAccountRepository(bed.em);
        bed.inTransaction(() -> users.changeRoles(henk, "rev1", Set.of("reviewer", "admin")));
        bed.inTransaction(() -> users.resetPassword(henk, "rev2"));
        bed.inTransaction(() -> users.setEnabled(henk, "rev2", false));

        AccountStanding rev1 = bed.inTransaction(() -> accounts.standingOf(" REV1 ")).orElseThrow();
        assertThat(rev1.roles()).as("one row a role, folded").containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
        assertThat(rev1.keepsSessionSignedInAt(null)).as("enabled, no session ever ended").isTrue();
        AccountStanding rev2 = bed.inTransaction(() -> accounts.standingOf("rev2")).orElseThrow();
        assertThat(rev2.enabled()).isFalse();
        assertThat(rev2.sessionsValidFrom()).as("the reset ended its sessions").isNotNull();
        assertThat(rev2).isEqualTo(bed.inTransaction(() -> accounts.findByUsername("rev2").orElseThrow().standing()));
        assertThat(bed.inTransaction(() -> accounts.standingOf("niemand"))).isEmpty();
    }

    @Test
    void shouldUseTheAdminsTextPreviewItAndGoBackToTheDefault() {
        MailText own = new MailText("Uw aanvraag {0}", "Beste aanvrager,\n\nAanvraag {0} wacht op: {1}.\n");
        RenderedMail preview = mail.preview(henk, "applicantTaskReminder", "nl", own);
        assertThat(preview.subject()).isEqualTo("Uw aanvraag TVS-2026-00042");
        assertThat(preview.body()).contains("wacht op: Aanvraag registreren.");

        bed.inTransaction(() -> mail.save(henk, "applicantTaskReminder", "nl", own));

        StoredTemplateOverrides stored = new StoredTemplateOverrides() {
            @Override
            public java.util.Optional<MailText> find(String key, String language) {
                return overrides.find(key, language).map(o -> new MailText(o.getSubject(), o.getBody()));
            }
        };
        MailParameters parameters = new MailParameters("TVS-2026-00007", "correctApplication", "");
        assertThat(bed.inTransaction(() -> new MailTemplates(stored).render("applicantTaskReminder", Locale.forLanguageTag("nl"),
                "a@x.example", parameters)).subject()).isEqualTo("Uw aanvraag TVS-2026-00007");
        assertThat(bed.inTransaction(() -> new MailTemplates(stored).render("applicantTaskReminder", Locale.ENGLISH,
                "a@x.example", parameters)).subject()).isNotEqualTo("Uw aanvraag TVS-2026-00007");
        assertThat(bed.inTransaction(() -> mail.template(henk, "applicantTaskReminder", "nl")))
                .satisfies(v -> assertThat(v.changedBy()).isEqualTo("henk"));

        bed.inTransaction(() -> mail.resetToDefault(henk, "applicantTaskReminder", "nl"));

        assertThat(bed.inTransaction(() -> mail.template(henk, "applicantTaskReminder", "nl")))
                .satisfies(v -> {
                    assertThat(v.overridden()).isFalse();
                    assertThat(v.subject()).isEqualTo(MailTemplates.defaultText("applicantTaskReminder", Locale.forLanguageTag("nl")).subject());
                });
    }

    @Test
    void shouldRefuseATextWithBrokenPlaceholdersWithAClearKey() {
        assertThatThrownBy(() -> mail.preview(henk, "applicationRejected", "en", new MailText("Rejected {0", "Body")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.mail.placeholders"));
        assertThatThrownBy(() -> mail.preview(henk, "applicationRejected", "en", new MailText(" ", "Body")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("admin.mail.subjectRequired"));
    }
}
