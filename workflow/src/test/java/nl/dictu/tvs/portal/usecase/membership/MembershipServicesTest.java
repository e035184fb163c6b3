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
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.notification.InvitationLinks;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.dictu.tvs.portal.testbed.ServiceTestBed.OIN;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Inviting colleagues, accepting an invitation, and registering in demo mode. */
class MembershipServicesTest {

    private static final String PUBLIC_URL = "https://portaal.example";
    private static final String ACCEPT_URL = PUBLIC_URL + "/invitation.xhtml?token=";
    private static final String COMPLETE_URL = PUBLIC_URL + "/register.xhtml?token=";
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
        new OutboxDispatcher(bed.outboxSteps(), sent::add, new MailTemplates(), new InvitationLinks() {
            @Override
            public Optional<String> issue(long invitationId) {
                return bed.inTransaction(() -> links.issue(invitationId));
            }

            @Override
            public Optional<String> issueRegistration(long registrationId) {
                return bed.inTransaction(() -> links.issueRegistration(registrationId));
            }
        }).dispatchDue();
    }

    private static NewAccount account(String password) {
        return new NewAccount("Tom Techniek", "ignored@elsewhere.example", password, password, "nl");
    }

    private DemoRegistration demo(ApplicationDraftRepository drafts, boolean demoMode) {
        return new DemoRegistration(new OrganisationRepository(bed.em), accounts, invitations, bed.outbox, demoMode,
                PUBLIC_URL, bed.clock, drafts, TestLimits.limiter(bed.dataSource, bed.clock));
    }

    /** Sends the queued mail and returns the last one to this address. */
    private RenderedMail mailTo(String address) {
        send();
        return sent.stream().filter(m -> m.recipient().equals(address)).reduce((a, b) -> b).orElseThrow();
    }

    /** The token of the registration link in the mail, as its owner would click it. */
    private static String registrationToken(RenderedMail mail) {
        Matcher link = Pattern.compile(Pattern.quote(COMPLETE_URL) + "([A-Za-z0-9_-]+)").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group(1);
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
        bed.inTransaction(() -> acceptance.accept(token, account(PASSWORD)));

        assertThat(bed.inTransaction(() -> links.issue(id))).isEmpty();
    }

    @Test
    void shouldCreateTheAccountInTheInvitersOrganisationAndRoleExactlyOnce() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.SIGNATORY);
        assertThat(acceptance.open(token).organisationName()).isEqualTo("Gemeente Voorbeeldstad");

        SignedInUser tom = bed.inTransaction(() -> acceptance.accept(token, account(PASSWORD)));

        assertThat(tom.organisationOin()).isEqualTo(OIN);
        UserAccount stored = accounts.findByUsername("tom@voorbeeldstad.example").orElseThrow();
        assertThat(stored.getEmail()).isEqualTo("tom@voorbeeldstad.example");
        assertThat(stored.getMemberRole()).contains(MemberRole.SIGNATORY);
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), stored.getPasswordHash())).isTrue();
        assertThat(membership.members(anne())).extracting(MemberView::username)
                .contains("anne", "tom@voorbeeldstad.example");
        assertThat(membership.openInvitations(anne())).isEmpty();
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account(PASSWORD))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.used"));
        assertThat(membership.members(anne())).hasSize(2);
    }

    @Test
    void shouldRefuseAnInvitationAfterSevenDays() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);
        bed.clock.advance(Invitation.VALIDITY);

        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account(PASSWORD))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.expired"));
        assertThat(membership.openInvitations(anne())).isEmpty();
    }

    @Test
    void shouldRefuseAWeakPasswordOrUnknownTokenAndKeepTheInvitationOpen() {
        String token = invite("tom@voorbeeldstad.example", MemberRole.APPLICANT);

        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token, account("kort"))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("account.invalid.password"));
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(token,
                new NewAccount("Tom", null, PASSWORD, PASSWORD + "x", "nl"))))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("account.invalid.passwordRepeat"));
        assertThatThrownBy(() -> acceptance.open(token + "x"))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.unknown"));
        assertThatThrownBy(() -> acceptance.open("<script>"))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.unknown"));

        assertThat(bed.inTransaction(() -> acceptance.accept(token, account(PASSWORD))).username())
                .isEqualTo("tom@voorbeeldstad.example");
    }

    @Test
    void shouldMakeTheInvitedAddressTheUserNameAndTellTheInviteeWhenItHasAnAccountAlready() {
        String tom = invite("Tom.Techniek@Voorbeeldstad.example", MemberRole.APPLICANT);
        String otto = invite("otto@elders.example", MemberRole.APPLICANT);

        assertThat(bed.inTransaction(() -> acceptance.accept(tom, account(PASSWORD))).username())
                .as("the address, compared and stored in lower case").isEqualTo("tom.techniek@voorbeeldstad.example");
        assertThatThrownBy(() -> bed.inTransaction(() -> acceptance.accept(otto, account(PASSWORD))))
                .as("otto has an account in another organisation: the link proves the mailbox, so he may know")
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("invitation.accountExists"));
        assertThat(accounts.findByUsername("otto@elders.example")).isEmpty();
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
        DemoRegistration demo = demo(drafts, true);
        DemoRegistration production = demo(drafts, false);
        NewAccount newcomer = new NewAccount("Nina Nieuw", "Nina@Nieuwdorp.example", PASSWORD, PASSWORD, "en");

        assertThatThrownBy(() -> bed.inTransaction(() -> production.register("00000099111222333000", "Gemeente Nieuwdorp", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.demoOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("00000001002220647000", "Gemeente Utrecht", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.testOinOnly"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("0000009911", "Gemeente Nieuwdorp", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("finding.OIN_FORMAT_INVALID"));
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register(OIN, "Nog een Voorbeeldstad", newcomer)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.organisationExists"));

        bed.inTransaction(() -> demo.register("00000099111222333000", "Gemeente Nieuwdorp", newcomer));
        assertThat(accounts.findByUsername("nina@nieuwdorp.example")).as("not before the link is used").isEmpty();
        String token = registrationToken(mailTo("nina@nieuwdorp.example"));
        assertThat(demo.open(token)).isEqualTo(new RegistrationView("nina@nieuwdorp.example", "Gemeente Nieuwdorp",
                "00000099111222333000"));
        SignedInUser nina = bed.inTransaction(() -> demo.complete(token));

        assertThat(nina.username()).isEqualTo("nina@nieuwdorp.example");
        assertThat(nina.organisationOin()).isEqualTo("00000099111222333000");
        assertThat(nina.organisationName()).isEqualTo("Gemeente Nieuwdorp");
        assertThat(nina.roles()).containsExactly("applicant");
        UserAccount stored = accounts.findByUsername("nina@nieuwdorp.example").orElseThrow();
        assertThat(stored.getPreferredLanguage()).isEqualTo("en");
        assertThat(PasswordHash.verify(PASSWORD.toCharArray(), stored.getPasswordHash())).isTrue();
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.complete(token)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.link.used"));
        assertThat(List.of(demo.isAvailable(), production.isAvailable())).containsExactly(true, false);
        WizardDraft started = DraftJson.read(drafts.openDraftOf("00000099111222333000").orElseThrow().getContentJson());
        assertThat(started.contact(ContactRole.TECHNICAL).getName()).isEqualTo("Nina Nieuw");
        assertThat(started.contact(ContactRole.TECHNICAL).getEmail()).isEqualTo("nina@nieuwdorp.example");
    }

    @Test
    void shouldReportEveryProblemOfARegistrationAtOnceEachAtItsField() {
        DemoRegistration demo = demo(new ApplicationDraftRepository(bed.em), true);
        NewAccount careless = new NewAccount("", "geen-adres", "kort", "anders", "nl");

        assertThatThrownBy(() -> bed.inTransaction(() -> demo.register("12345", "", careless)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.all())
                        .extracting(ActionRefusedException::field)
                        .containsExactly("oin", "organisationName", "displayName", "email", "password",
                                "passwordRepeat"));
    }

    @Test
    void shouldAnswerATakenAndAFreeAddressAlikeAndTellOnlyTheMailboxWhichItIs() {
        DemoRegistration demo = demo(new ApplicationDraftRepository(bed.em), true);

        bed.inTransaction(() -> demo.register("00000099111222333000", "Gemeente Nieuwdorp",
                new NewAccount("Anne", "ANNE@voorbeeldstad.example", PASSWORD, PASSWORD, "nl")));
        bed.inTransaction(() -> demo.register("00000099111222444000", "Gemeente Oudorp",
                new NewAccount("Olga", "olga@oudorp.example", PASSWORD, PASSWORD, "nl")));

        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).as("one mail each, whatever the address")
                .extracting(OutboxMail::getRecipient, OutboxMail::getTemplateKey)
                .containsExactlyInAnyOrder(tuple("anne@voorbeeldstad.example", "registrationExists"),
                        tuple("olga@oudorp.example", "registration"));
        RenderedMail toAnne = mailTo("anne@voorbeeldstad.example");
        RenderedMail toOlga = mailTo("olga@oudorp.example");
        assertThat(toAnne.body()).contains(PUBLIC_URL + "/login.xhtml").doesNotContain(COMPLETE_URL);
        assertThat(toAnne.subject()).isNotEqualTo(toOlga.subject());
        assertThat(registrationToken(toOlga)).isNotEmpty();
        assertThat(accounts.membersOf("00000099111222333000")).as("no account for the taken address").isEmpty();
    }

    @Test
    void shouldRefuseARegistrationLinkAfterSevenDaysOrOnceTheAddressHasAnAccount() {
        DemoRegistration demo = demo(new ApplicationDraftRepository(bed.em), true);
        bed.inTransaction(() -> demo.register("00000099111222333000", "Gemeente Nieuwdorp",
                new NewAccount("Nina", "nina@nieuwdorp.example", PASSWORD, PASSWORD, "nl")));
        bed.inTransaction(() -> demo.register("00000099111222444000", "Gemeente Oudorp",
                new NewAccount("Olga", "olga@oudorp.example", PASSWORD, PASSWORD, "nl")));
        String nina = registrationToken(mailTo("nina@nieuwdorp.example"));
        String olga = registrationToken(mailTo("olga@oudorp.example"));
        bed.inTransaction(() -> accounts.save(UserAccount.staff("olga@oudorp.example", "Olga", "olga@oudorp.example", "x",
                EnumSet.of(Role.REVIEWER), bed.clock.instant())));

        assertThatThrownBy(() -> bed.inTransaction(() -> demo.complete(olga)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.accountExists"));
        assertThatThrownBy(() -> demo.open(nina + "x"))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.link.unknown"));
        bed.clock.advance(Invitation.VALIDITY);
        assertThatThrownBy(() -> bed.inTransaction(() -> demo.complete(nina)))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("registration.link.expired"));
        assertThat(accounts.findByUsername("nina@nieuwdorp.example")).isEmpty();
        bed.clock.advance(Duration.ofSeconds(1));
        assertThat(bed.inTransaction(() -> invitations.deleteEndedBefore(bed.clock.instant())))
                .as("the retention job removes expired registrations with their password hash").isEqualTo(2);
    }
}
