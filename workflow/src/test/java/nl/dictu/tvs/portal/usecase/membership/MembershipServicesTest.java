package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.invitation.Invitation;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.OutboxDispatcher;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.testbed.TestLimits;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.dictu.tvs.portal.testbed.ServiceTestBed.OIN;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inviting colleagues, accepting an invitation, and registering in demo mode. */
class MembershipServicesTest {

    private static final String PUBLIC_URL = "https://portaal.example";
    private static final String ACCEPT_URL = PUBLIC_URL + "/invitation.xhtml?token=";
    private static final String PASSWORD = "een lang wachtwoord";

    private final ServiceTestBed bed = new ServiceTestBed();
    private final UserAccountRepository accounts = new UserAccountRepository(bed.em);
    private final InvitationRepository invitations = new InvitationRepository(bed.em);
    private final MembershipService membership = new MembershipService(new OrganisationRepository(bed.em), accounts,
            invitations, bed.outbox, bed.clock, TestLimits.limiter(bed.dataSource, bed.clock),
            new Auditor(bed.auditTrail, bed.clock));
    private final InvitationAcceptance acceptance = new InvitationAcceptance(invitations, accounts, bed.clock);
    private final InvitationLinkIssuer links = new InvitationLinkIssuer(invitations, bed.clock, PUBLIC_URL);
    private final List<RenderedMail> sent = new ArrayList<>();

    @AfterEach
    void close() {
        bed.close();
    }

    private static String refusal(Throwable e) {
        return ((ApplicationServiceException) e).messageKey();
    }

    /** Invites, sends the mail, and returns the token from the sent mail's link, as the invitee would click it. */
    private String invite(String email, MemberRole role) {
        bed.inTransaction(() -> membership.invite(anne(), email, role, "en"));
        send();
        RenderedMail mail = sent.stream().filter(m -> m.recipient().equals(email)).reduce((a, b) -> b).orElseThrow();
        Matcher link = Pattern.compile(Pattern.quote(ACCEPT_URL) + "([A-Za-z0-9_-]+)").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group(1);
    }

    private void send() {
        new OutboxDispatcher(bed.outboxSteps(), sent::add, new MailTemplates(),
                id -> bed.inTransaction(() -> links.issue(id))).dispatchDue();
    }

    private NewAccount account(String username, String password) {
        return new NewAccount(username, "Tom Techniek", "ignored@elsewhere.example", password, password, "nl");
    }

    @Test
    void shouldStoreOnlyTheTokensHashAndMailTheLinkInTheInvitersLanguage() {
        bed.inTransaction(() -> membership.invite(anne(), "tom@voorbeeldstad.example", MemberRole.TECHNICAL_CONTACT, "en"));
        OutboxMail queued = bed.outbox.withStatus(MailStatus.PENDING).get(0);
        assertThat(queued.getTemplateKey()).isEqualTo("invitation");
        assertThat(MailParameters.fromJson(queued.getParametersJson()).link()).as("no link at rest").isEmpty();
        assertThat(queued.getParametersJson()).doesNotContain("token");

        send();

        RenderedMail mail = sent.get(0);
        Matcher link = Pattern.compile(Pattern.quote(ACCEPT_URL) + "([A-Za-z0-9_-]+)").matcher(mail.body());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        Invitation stored = bed.inTransaction(() -> invitations.openFor(OIN, bed.clock.instant())).get(0);
        assertThat(stored.getTokenSha256()).isEqualTo(InvitationToken.sha256(token)).doesNotContain(token);
        assertThat(stored.getExpiresAt()).isEqualTo(bed.clock.instant().plus(Duration.ofDays(7)));
        assertThat(mail.subject()).contains("Gemeente Voorbeeldstad");
        assertThat(mail.body()).contains("7 days");
        OutboxMail done = bed.outbox.withStatus(MailStatus.SENT).get(0);
        assertThat(done.getParametersJson()).as("a sent mail's parameters are purged")
                .doesNotContain("Voorbeeldstad").doesNotContain(token).doesNotContain("invitation");
        assertThat(membership.openInvitations(anne())).singleElement()
                .satisfies(open -> assertThat(open.memberRole()).isEqualTo(MemberRole.TECHNICAL_CONTACT));
    }

    @Test
    void shouldMakeNoLinkForAnInvitationThatIsNoLongerOpen() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);
        long id = bed.inTransaction(() -> invitations.openFor(OIN, bed.clock.instant())).get(0).getId();
        bed.inTransaction(() -> acceptance.accept(token, account("tom", PASSWORD)));

        assertThat(bed.inTransaction(() -> links.issue(id))).isEmpty();
    }

    @Test
    void shouldCreateTheAccountInTheInvitersOrganisationAndRoleExactlyOnce() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.SIGNATORY);
        assertThat(acceptance.open(token).organisationName()).isEqualTo("Gemeente Voorbeeldstad");

        SignedInUser tom = bed.inTransaction(() -> acceptance.accept(token, account("tom", PASSWORD)));

        assertThat(tom.organisationOin()).isEqualTo(OIN);
        UserAccount stored = accounts.findByUsername("tom").orElseThrow();
        assertThat(stored.getEmail()).isEqualTo("tom@voorbeeldstad.example");
        assertThat(stored.getMemberRole()).contains(MemberRole.SIGNATORY);
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), stored.getPasswordHash())).isTrue();
        assertThat(membership.members(anne())).extracting(MemberView::username).contains("anne", "tom");
        assertThat(membership.openInvitations(anne())).isEmpty();
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account("tom2", PASSWORD))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.used"));
        assertThat(accounts.findByUsername("tom2")).isEmpty();
    }

    @Test
    void shouldRefuseAnInvitationAfterSevenDays() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);
        bed.clock.advance(Invitation.VALIDITY);

        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account("tom", PASSWORD))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.expired"));
        assertThat(membership.openInvitations(anne())).isEmpty();
    }

    @Test
    void shouldRefuseAWeakPasswordOrUnknownTokenAndKeepTheInvitationOpen() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);

        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account("tom", "kort"))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("account.invalid.password"));
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token,
                new NewAccount("tom", "Tom", null, PASSWORD, PASSWORD + "x", "nl"))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("account.invalid.passwordRepeat"));
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account("anne", PASSWORD))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("account.usernameTaken"));
        assertThatThrownBy(() -> acceptance.open(token + "x"))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.unknown"));
        assertThatThrownBy(() -> acceptance.open("<script>"))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.unknown"));

        assertThat(bed.inTransaction(() -> acceptance.accept(token, account("tom", PASSWORD))).username()).isEqualTo("tom");
    }

    @Test
    void shouldRefuseToInviteAMemberTwiceOrWithoutARole() {
        invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);

        assertThatThrownBy(() -> bed.inTransaction(() -> membership.invite(anne(), "ANNE@voorbeeldstad.example",
                MemberRole.APPLICANT, "nl")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.alreadyMember"));
        assertThatThrownBy(() -> bed.inTransaction(() -> membership.invite(anne(), "tom@voorbeeldstad.example",
                MemberRole.APPLICANT, "nl")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.alreadyInvited"));
        assertThatThrownBy(() -> bed.inTransaction(() -> membership.invite(anne(), "x@voorbeeldstad.example",
                null, "nl")))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.invalid.role"));
        assertThatThrownBy(() -> bed.inTransaction(() -> membership.invite(ServiceTestBed.reviewer("rev1"),
                "x@voorbeeldstad.example", MemberRole.APPLICANT, "nl")))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void shouldRegisterAnOrganisationWithATestOinOnlyInDemoMode() {
        ApplicationDraftRepository drafts = new ApplicationDraftRepository(bed.em);
        DemoRegistration demo = new DemoRegistration(new OrganisationRepository(bed.em), accounts, true, bed.clock, drafts,
                TestLimits.limiter(bed.dataSource, bed.clock));
        DemoRegistration production = new DemoRegistration(new OrganisationRepository(bed.em), accounts, false, bed.clock,
                drafts, TestLimits.limiter(bed.dataSource, bed.clock));
        NewAccount newcomer = new NewAccount("nina", "Nina Nieuw", "nina@nieuwdorp.example", PASSWORD, PASSWORD, "en");

        assertThatThrownBy(() -> bed.inTransaction(() -> production.register("00000099111222333000", "Gemeente Nieuwdorp", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.demoOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("00000001002220647000", "Gemeente Utrecht", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.testOinOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("0000009911", "Gemeente Nieuwdorp", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("finding.OIN_FORMAT_INVALID"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register(OIN, "Nog een Voorbeeldstad", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.organisationExists"));

        SignedInUser nina = bed.inTransaction(() -> demo.register("00000099111222333000", "Gemeente Nieuwdorp", newcomer));

        assertThat(nina.organisationOin()).isEqualTo("00000099111222333000");
        assertThat(nina.organisationName()).isEqualTo("Gemeente Nieuwdorp");
        assertThat(nina.roles()).containsExactly("applicant");
        assertThat(accounts.findByUsername("nina").orElseThrow().getPreferredLanguage()).isEqualTo("en");
        assertThat(List.of(demo.isAvailable(), production.isAvailable())).containsExactly(true, false);
        WizardDraft started = DraftJson.read(drafts.openDraftOf("00000099111222333000").orElseThrow().getContentJson());
        assertThat(started.contact(ContactRole.TECHNICAL).getName()).isEqualTo("Nina Nieuw");
        assertThat(started.contact(ContactRole.TECHNICAL).getEmail()).isEqualTo("nina@nieuwdorp.example");
    }

    @Test
    void shouldReportEveryProblemOfARegistrationAtOnceEachAtItsField() {
        DemoRegistration demo = new DemoRegistration(new OrganisationRepository(bed.em), accounts, true, bed.clock,
                new ApplicationDraftRepository(bed.em), TestLimits.limiter(bed.dataSource, bed.clock));
        NewAccount careless = new NewAccount("n", "", "geen-adres", "kort", "anders", "nl");

        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("12345", "", careless)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.all())
                        .extracting(ActionRefusedException::field)
                        .containsExactly("oin", "organisationName", "username", "displayName", "email", "password",
                                "passwordRepeat"));
    }
}
