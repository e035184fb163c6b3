package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.alb.AlbListRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.config.PortalAlbRegister;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlbAdministrationTest {

    private static final String HEADER = "oin;naam;besluitkenmerk;besluitdatum\n";
    private static final String UTRECHT = "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;2021-03-15\n";
    private static final String ARNHEM = "00000001001589623000;Gemeente Arnhem;RvIG-2022-0007;2022-01-10\n";
    private static final SignedInUser ADMIN = new SignedInUser("beheerder", "Beheerder", Set.of(Role.ADMIN_NAME), null, null, null);

    private final ServiceTestBed bed = new ServiceTestBed();
    private final AlbListRepository repository = new AlbListRepository(bed.em);
    private final AlbAdministration alb = administration(false);

    private AlbAdministration administration(boolean demoMode) {
        PortalConfig config = new PortalConfig() {
            @Override
            public boolean isDemoMode() {
                return demoMode;
            }
        };
        return new AlbAdministration(repository, config, new Auditor(bed.auditTrail, bed.clock), bed.clock);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldImportAValidFileRecordWhoImportedWhatAndLetTheCheckFindIt() {
        // given
        byte[] file = utf8(HEADER + UTRECHT + ARNHEM);

        // when
        AlbImportReport report = bed.inTransaction(() -> alb.importList(ADMIN, "alb-2026-11.csv", file));

        // then
        assertThat(report.accepted()).isTrue();
        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(report.lineCount()).isEqualTo(3);
        assertThat(report.sha256()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(sha256(file)));
        AlbImportView latest = alb.latestImport(ADMIN).orElseThrow();
        assertThat(latest.importedBy()).isEqualTo("beheerder");
        assertThat(latest.fileName()).isEqualTo("alb-2026-11.csv");
        assertThat(latest.sha256()).isEqualTo(report.sha256());
        assertThat(latest.importedAt()).isEqualTo(bed.clock.instant());
        assertThat(latest.lineCount()).isEqualTo(3);
        assertThat(latest.entryCount()).isEqualTo(2);
        Finding found = new AlbCheck(new PortalAlbRegister(repository)).check("00000001002220647000");
        assertThat(found.code()).isEqualTo(FindingCode.ALB_REGISTERED);
        assertThat(found.evidence()).containsEntry("registeredName", "Gemeente Utrecht");
        assertThat(alb.entries(ADMIN, "arnhem")).containsExactly(
                new AlbEntry("00000001001589623000", "Gemeente Arnhem", "RvIG-2022-0007", LocalDate.of(2022, 1, 10)));
    }

    @Test
    void shouldRejectAFileWithBadLinesReportEachByNumberAndKeepTheCurrentList() {
        // given
        bed.inTransaction(() -> alb.importList(ADMIN, "good.csv", utf8(HEADER + UTRECHT)));
        byte[] bad = utf8(HEADER + ARNHEM + "12345678901234567890;Gemeente X;RvIG-1;2021-03-15\n"
                + "00000001001589623000;Gemeente Arnhem;RvIG-2;15-03-2021\n" + "00000001003214345000;" + "n".repeat(201)
                + ";RvIG-3;2021-03-15\n");

        // when
        AlbImportReport report = bed.inTransaction(() -> alb.importList(ADMIN, "bad.csv", bad));

        // then
        assertThat(report.accepted()).isFalse();
        assertThat(report.importedCount()).isZero();
        assertThat(report.problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_LINE_OIN_INVALID,
                FindingCode.ALB_LINE_DATE_INVALID, FindingCode.ALB_LINE_FIELD_TOO_LONG);
        assertThat(report.problems()).extracting(f -> f.evidence().get("line")).containsExactly("3", "4", "5");
        assertThat(report.problems().get(2).message(Locale.ENGLISH)).contains("line 5").contains("naam").contains("200");
        assertThat(report.problems().get(2).message(Locale.forLanguageTag("nl"))).contains("regel 5").contains("200");
        assertThat(alb.entryCount(ADMIN)).isEqualTo(1);
        assertThat(alb.latestImport(ADMIN).orElseThrow().fileName()).isEqualTo("good.csv");
        assertThat(alb.entries(ADMIN, "")).extracting(AlbEntry::oin).containsExactly("00000001002220647000");
    }

    @Test
    void shouldRefuseAnUploadAboveTheCapWithoutReadingIt() throws IOException {
        // given
        InputStream neverRead = new ByteArrayInputStream(new byte[0]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                throw new AssertionError("an oversize upload must not be read");
            }
        };

        // when
        AlbImportReport report = alb.importUpload(ADMIN, "huge.csv", SizeLimit.MAX_UPLOAD_BYTES + 1L, neverRead);

        // then
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_FILE_TOO_LARGE);
        assertThat(repository.hasAnyImport()).isFalse();
    }

    @Test
    void shouldAcceptTestOinsOnlyInDemoModeAndSeedOnlyAListThatWasNeverImported() {
        // given
        byte[] demo = utf8(HEADER + "00000099123456789000;Gemeente Voorbeeldstad;RvIG-DEMO-0001;2026-01-01\n");

        // when
        AlbImportReport outsideDemo = bed.inTransaction(() -> alb.importList(ADMIN, "demo.csv", demo));
        AlbImportReport seeded = bed.inTransaction(() -> administration(true).importIfNeverImported("demo.csv", demo)).orElseThrow();
        bed.inTransaction(() -> alb.importList(ADMIN, "real.csv", utf8(HEADER + UTRECHT)));
        boolean seededAgain = bed.inTransaction(() -> administration(true).importIfNeverImported("demo.csv", demo)).isPresent();

        // then
        assertThat(outsideDemo.problems()).extracting(Finding::code).containsExactly(FindingCode.ALB_LINE_OIN_INVALID);
        assertThat(seeded.accepted()).isTrue();
        assertThat(seededAgain).isFalse();
        assertThat(alb.entries(ADMIN, "")).extracting(AlbEntry::registeredName).containsExactly("Gemeente Utrecht");
    }

    @Test
    void shouldRefuseEveryoneButAnAdmin() {
        SignedInUser reviewer = ServiceTestBed.reviewer("rev1");

        assertThatThrownBy(() -> alb.importList(reviewer, "x.csv", utf8(HEADER + UTRECHT)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("access.adminsOnly");
        assertThatThrownBy(() -> alb.entries(ServiceTestBed.anne(), "")).isInstanceOf(AccessRefusedException.class);
        assertThat(repository.hasAnyImport()).isFalse();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
