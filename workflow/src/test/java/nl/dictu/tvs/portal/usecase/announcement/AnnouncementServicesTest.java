package nl.dictu.tvs.portal.usecase.announcement;

import nl.dictu.tvs.portal.domain.announcement.AnnouncementRepository;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
import nl.dictu.tvs.portal.usecase.notification.RenderedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementServicesTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final Auditor auditor = new Auditor(new AuditTrail(bed.em), bed.clock);
    private final AnnouncementRepository repository = new AnnouncementRepository(bed.em);
    private final UserAccountRepository accounts = new UserAccountRepository(bed.em);
    private final AnnouncementAdministration administration = new AnnouncementAdministration(repository,
            new AnnouncementMail(bed.outbox, accounts, bed.clock), auditor, bed.clock);
    private final AnnouncementBoard board = new AnnouncementBoard(repository, bed.clock);
    private final AnnouncementSubscription subscription = new AnnouncementSubscription(accounts, auditor);
    private final SignedInUser henk = new SignedInUser("henk", "Henk", Set.of(Role.ADMIN_NAME), null, null, null);

    @AfterEach
    void close() {
        bed.close();
    }

    private LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.ofInstant(ServiceTestBed.START, AnnouncementRules.ZONE).toLocalDate().plusDays(days).atTime(hour, 0);
    }

    private AnnouncementInput input(String kind, boolean pre, boolean prod, LocalDateTime start, LocalDateTime end, boolean counterpart) {
        return new AnnouncementInput(kind, pre, prod, AnnouncementView.TYPED.format(start), AnnouncementView.TYPED.format(end), "Release 4.2", "Release 4.2 (en)", "Nieuwe functies.",
                "New features.", counterpart);
    }

    @Test
    void shouldRefuseAnEndBeforeTheStartAtTheEndField() {
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.create(henk,
                input("MAINTENANCE", true, false, inDays(3, 20), inDays(3, 19), false))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.all()).extracting(ApplicationServiceException::field).containsExactly("end");
                    assertThat(e.messageKey()).isEqualTo("announcement.endBeforeStart");
                });
        assertThat(bed.inTransaction(() -> administration.all(henk))).isEmpty();
    }

    @Test
    void shouldRefuseADateNotTypedAsDayMonthYearAtItsField() {
        AnnouncementInput typedWrong = new AnnouncementInput("MAINTENANCE", true, false, "2027-01-15 20:00",
                AnnouncementView.TYPED.format(inDays(3, 23)), "Onderhoud", "Maintenance", "Tekst.", "Text.", false);
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.create(henk, typedWrong)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.all()).extracting(ApplicationServiceException::field).containsExactly("start");
                    assertThat(e.messageKey()).isEqualTo("announcement.invalidDate");
                });
    }

    @Test
    void shouldNameEveryMissingFieldAtOnce() {
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.create(henk,
                new AnnouncementInput(null, false, false, null, null, " ", "", null, "x", false))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.all())
                        .extracting(ApplicationServiceException::field)
                        .containsExactly("kind", "preproduction", "start", "end", "titleNl", "titleEn", "textNl"));
    }

    @Test
    void shouldRefuseAnnouncementsToAnyoneButAnAdmin() {
        assertThatThrownBy(() -> administration.create(ServiceTestBed.anne(),
                input("MAINTENANCE", true, false, inDays(3, 19), inDays(3, 20), false)))
                .satisfies(e -> assertThat(((ApplicationServiceException) e).messageKey()).isEqualTo("access.adminsOnly"));
    }

    @Test
    void shouldCreateTheReleasesPreproductionCounterpartTwoWeeksEarlier() {
        List<AnnouncementView> created = bed.inTransaction(() -> administration.create(henk,
                input("RELEASE", false, true, inDays(20, 19), inDays(20, 22), true)));

        assertThat(created).hasSize(2);
        AnnouncementView production = created.get(0);
        AnnouncementView preproduction = created.get(1);
        assertThat(production.production()).isTrue();
        assertThat(preproduction.preproduction()).isTrue();
        assertThat(preproduction.production()).isFalse();
        assertThat(Duration.between(preproduction.startsAt(), production.startsAt())).isEqualTo(Duration.ofDays(14));
        assertThat(preproduction.start().toLocalTime()).isEqualTo(production.start().toLocalTime());
        assertThat(bed.inTransaction(() -> bed.auditTrail.latestWithoutApplication(10)))
                .extracting(event -> event.getAction()).contains("announcementCreated");
    }

    @Test
    void shouldNotCreateACounterpartForMaintenanceOrWhenUnticked() {
        assertThat(bed.inTransaction(() -> administration.create(henk,
                input("MAINTENANCE", false, true, inDays(20, 19), inDays(20, 22), true)))).hasSize(1);
        assertThat(bed.inTransaction(() -> administration.create(henk,
                input("RELEASE", false, true, inDays(20, 19), inDays(20, 22), false)))).hasSize(1);
    }

    @Test
    void shouldShowTheBannerToApplicantsFromSevenDaysBeforeTheStartUntilTheEnd() {
        long id = bed.inTransaction(() -> administration.create(henk,
                input("MAINTENANCE", true, true, inDays(10, 19), inDays(10, 22), false))).get(0).id();

        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.anne()))).isEmpty();
        bed.clock.advance(Duration.ofDays(4));
        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.anne()))).extracting(AnnouncementView::id).containsExactly(id);
        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.otto()))).extracting(AnnouncementView::id).containsExactly(id);
        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.reviewer("rev1")))).isEmpty();
        assertThat(bed.inTransaction(() -> board.banner(null))).isEmpty();
        bed.clock.advance(Duration.ofDays(7));
        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.anne()))).isEmpty();
        assertThat(bed.inTransaction(() -> board.published())).extracting(AnnouncementView::id).containsExactly(id);
    }

    @Test
    void shouldHideAWithdrawnAnnouncementAndRefuseToChangeIt() {
        long id = bed.inTransaction(() -> administration.create(henk,
                input("MAINTENANCE", true, false, inDays(1, 19), inDays(1, 22), false))).get(0).id();
        bed.inTransaction(() -> {
            administration.withdraw(henk, id);
            return null;
        });

        assertThat(bed.inTransaction(() -> board.banner(ServiceTestBed.anne()))).isEmpty();
        assertThat(bed.inTransaction(() -> board.published())).isEmpty();
        assertThatThrownBy(() -> bed.inTransaction(() -> administration.change(henk, id,
                input("MAINTENANCE", true, false, inDays(1, 19), inDays(1, 23), false))))
                .satisfies(e -> assertThat(((ApplicationServiceException) e).messageKey()).isEqualTo("announcement.withdrawnAlready"));
    }

    @Test
    void shouldMailNewAndChangedAnnouncementsToSubscribersInTheirLanguage() {
        bed.inTransaction(() -> {
            subscription.choose(ServiceTestBed.anne(), true);
            accounts.findByUsername("otto").orElseThrow().changePreferredLanguage("en");
            subscription.choose(ServiceTestBed.otto(), true);
            return null;
        });
        long id = bed.inTransaction(() -> administration.create(henk,
                input("MAINTENANCE", true, false, inDays(1, 19), inDays(1, 22), false))).get(0).id();
        bed.clock.advance(Duration.ofMinutes(5));
        bed.inTransaction(() -> administration.change(henk, id,
                input("MAINTENANCE", true, false, inDays(1, 19), inDays(1, 23), false)));

        List<OutboxMail> queued = bed.inTransaction(() -> bed.outbox.withStatus(MailStatus.PENDING)).stream()
                .filter(m -> m.getTemplateKey().equals(MailTemplates.ANNOUNCEMENT)).toList();
        assertThat(queued).extracting(OutboxMail::getRecipient)
                .containsExactlyInAnyOrder("anne@voorbeeldstad.example", "otto@elders.example",
                        "anne@voorbeeldstad.example", "otto@elders.example");
        OutboxMail toOtto = queued.stream().filter(m -> m.getRecipient().startsWith("otto")).findFirst().orElseThrow();
        RenderedMail rendered = new MailTemplates().render(MailTemplates.ANNOUNCEMENT, Locale.forLanguageTag(toOtto.getLocale()),
                toOtto.getRecipient(), MailParameters.fromJson(toOtto.getParametersJson()));
        assertThat(rendered.subject()).isEqualTo("TVS announcement: Release 4.2 (en)");
        assertThat(rendered.body()).contains("Maintenance on preproduction", "New features.");
        assertThat(bed.inTransaction(() -> subscription.isSubscribed(ServiceTestBed.anne()))).isTrue();
    }
}
