package nl.dictu.tvs.portal.domain.checklist;

import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.terms.TermsVersion;
import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checklist, terms, uploaded files and the richer version content, against the migrated schema. */
class DossierFoundationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    /** After checklist 2026.2 was published. */
    private static final Instant LATER = Instant.parse("2026-12-02T08:00:00Z");
    private static final ChecklistSource SOURCE = new ChecklistSource("X1", "Bron", "1.0", null);

    private final MigratedDatabase db = MigratedDatabase.migrated();
    private final ChecklistRepository checklists = new ChecklistRepository(db.em());
    private final TermsRepository terms = new TermsRepository(db.em());
    private final StoredFileRepository files = new StoredFileRepository(db.em());
    private final ApplicationRepository applications = new ApplicationRepository(db.em());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldShipAPublishedChecklistWhoseItemsDependOnLoginMeansEenmaligInloggenAndPhase() {
        ChecklistDefinition current = checklists.current().orElseThrow();

        assertThat(current.getLabel()).isEqualTo("2026.2");
        assertThat(current.isPublished()).isTrue();
        List<String> eHerkenningOnly = codes(current.applicableItems(ChecklistPhase.PREPRODUCTION, Set.of(LoginMeans.EHERKENNING), false));
        List<String> digidWithEenmalig = codes(current.applicableItems(ChecklistPhase.PREPRODUCTION, Set.of(LoginMeans.DIGID), true));
        List<String> digidAtProduction = codes(current.applicableItems(ChecklistPhase.PRODUCTION, Set.of(LoginMeans.DIGID), true));
        assertThat(eHerkenningOnly).contains("H1", "T3", "T6", "S1", "S2", "B1").doesNotContain("D1", "C1", "C2", "E1", "I1");
        assertThat(digidWithEenmalig).contains("D1", "D2", "C2", "C3", "L10", "E1", "E2").doesNotContain("C1", "H1", "I1");
        assertThat(digidAtProduction).containsExactly("C1");
        assertThat(codes(current.items())).doesNotContain("T1", "T2", "T4");
        assertThat(current.item("C2").orElseThrow().text(Locale.ENGLISH)).contains("software supplier");
        assertThat(current.item("C2").orElseThrow().text(Locale.forLanguageTag("nl"))).contains("softwareleverancier");
        assertThat(current.item("E1").orElseThrow().text(Locale.ENGLISH)).contains("HTTP-POST");
    }

    @Test
    void shouldCiteASourceForEveryItemAndMarkTheUnpublishedTvsTestItemsProvisional() {
        ChecklistDefinition current = checklists.current().orElseThrow();

        assertThat(current.items()).allSatisfy(item -> assertThat(item.source().title()).isNotBlank());
        assertThat(current.items()).filteredOn(ChecklistItem::provisional).extracting(ChecklistItem::code)
                .containsExactly("T3", "T6", "L10");
        assertThat(current.items()).filteredOn(ChecklistItem::provisional)
                .allSatisfy(item -> assertThat(item.source().url()).isEmpty());
        assertThat(current.item("D2").orElseThrow().source().url()).hasValueSatisfying(url -> assertThat(url).contains("logius.nl"));
    }

    @Test
    void shouldKeepTheOldVersionWithItsItemsAllAskedWithTheApplication() {
        ChecklistDefinition old = checklists.findByLabel("2026.1").orElseThrow();

        assertThat(codes(old.items())).contains("T1", "T2", "T3", "T4");
        assertThat(old.items()).allSatisfy(item -> assertThat(item.phase()).isEqualTo(ChecklistPhase.PREPRODUCTION));
        assertThat(old.items()).allSatisfy(item -> assertThat(item.source().title()).isEqualTo("Checklist TVS Aansluitportaal 2026.1"));
    }

    @Test
    void shouldRefuseASourceAddressThatIsNotHttpsAndAMissingSourceTitle() {
        assertThatThrownBy(() -> new ChecklistSource("X1", "Titel", null, "http://example.nl/checklist"))
                .isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("checklist.invalid.sourceUrl");
        assertThatThrownBy(() -> new ChecklistSource("X1", " ", null, null))
                .isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("checklist.invalid.sourceTitle");
    }

    private static List<String> codes(List<ChecklistItem> items) {
        return items.stream().map(ChecklistItem::code).toList();
    }

    @Test
    void shouldNeverChangeAPublishedChecklistButLetANewDraftBecomeCurrent() {
        ChecklistDefinition published = checklists.current().orElseThrow();
        assertThatThrownBy(() -> published.replaceItems(published.items()))
                .isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("checklist.invalid.published");

        db.inTransaction(em -> {
            ChecklistDefinition draft = ChecklistDefinition.draft("2027.1", published.items(), "beheerder", LATER);
            draft.publish("beheerder", LATER.plusSeconds(1));
            return checklists.save(draft);
        });

        assertThat(checklists.current().orElseThrow().getLabel()).isEqualTo("2027.1");
        assertThat(checklists.all()).extracting(ChecklistDefinition::getLabel).containsExactly("2027.1", "2026.2", "2026.1");
    }

    @Test
    void shouldRefuseADraftWithTwoItemsOfTheSameCode() {
        List<ChecklistItem> twice = List.of(
                new ChecklistItem(1, "X1", ChecklistApplicability.ALWAYS, ChecklistPhase.PREPRODUCTION, "Een", "One", SOURCE, false),
                new ChecklistItem(2, "X1", ChecklistApplicability.DIGID, ChecklistPhase.PRODUCTION, "Twee", "Two", SOURCE, false));

        assertThatThrownBy(() -> ChecklistDefinition.draft("2027.2", twice, "beheerder", NOW))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("checklist.invalid.duplicateCode");
    }

    @Test
    void shouldShipPublishedTermsInBothLanguages() {
        TermsVersion current = terms.current().orElseThrow();

        assertThat(current.getLabel()).isEqualTo("2026.1");
        assertThat(current.text(Locale.forLanguageTag("nl"))).contains("Normenkader 3.0").contains("ALB-lijst");
        assertThat(current.text(Locale.ENGLISH)).contains("ICT security assessment");
    }

    @Test
    void shouldKeepContactsServiceDetailsAndChecklistAnswersInTheFrozenVersion() {
        long versionId = db.inTransaction(em -> {
            Organisation org = new Organisation("00000001002220647000", "Gemeente Utrecht", NOW);
            em.persist(org);
            StoredFile evidence = files.save(new StoredFile(org, FilePurpose.CHECKLIST_EVIDENCE, "../../etc/bewijs.pdf",
                    "application/pdf", "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII), "jan", NOW));
            ApplicationContent content = new ApplicationContent(
                    List.of(new ServiceDeclaration("Parkeervergunning", Set.of(AssuranceLevel.DIGID_MIDDEN),
                            "Een vergunning aanvragen voor parkeren in de binnenstad", "https://www.utrecht.nl/parkeren")),
                    false, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
                    "<md/>".getBytes(StandardCharsets.UTF_8), "2026.1",
                    List.of(new Contact(ContactRole.TECHNICAL, "Anouk de Vries", "anouk@utrecht.nl", "+31 30 123 4567")),
                    List.of(new ChecklistAnswer("C1", ChecklistAnswerChoice.YES, null, evidence.getId()),
                            new ChecklistAnswer("C3", ChecklistAnswerChoice.NOT_APPLICABLE, "Geen links naar DigiD", null)));
            long definitionId = checklists.current().orElseThrow().getId();
            Application application = applications.save(
                    Application.submitted(applications.nextReference(2026), org, "jan", NOW, definitionId));
            return applications.saveVersion(application.firstVersion(content, "jan", NOW)).getId();
        });

        ApplicationVersion stored = db.em().find(ApplicationVersion.class, versionId);
        ApplicationContent content = stored.content();
        assertThat(content.services().get(0).description()).startsWith("Een vergunning");
        assertThat(content.services().get(0).url()).isEqualTo("https://www.utrecht.nl/parkeren");
        assertThat(content.contacts()).extracting(Contact::email).containsExactly("anouk@utrecht.nl");
        assertThat(content.checklistAnswers()).extracting(ChecklistAnswer::itemCode).containsExactly("C1", "C3");
        assertThat(content.checklistAnswers().get(0).evidenceFileId()).isNotNull();
        assertThat(stored.getApplication().getChecklistDefinitionId()).isPresent();
        StoredFile evidence = files.findById(content.checklistAnswers().get(0).evidenceFileId()).orElseThrow();
        assertThat(evidence.getFileName()).isEqualTo("bewijs.pdf");
        assertThat(evidence.getSha256()).hasSize(64);
    }

    @Test
    void shouldRequireAnExplanationUnlessTheAnswerIsYes() {
        assertThatThrownBy(() -> new ChecklistAnswer("C1", ChecklistAnswerChoice.NO, " ", null))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("application.invalid.checklistExplanationRequired");
    }

    @Test
    void shouldRefuseAServiceUrlThatIsNotHttps() {
        assertThatThrownBy(() -> new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS), "", "http://x.nl"))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("application.invalid.serviceUrl");
    }

    @Test
    void shouldRefuseARejectionWithoutComment() {
        assertThatThrownBy(() -> new ChecklistVerdict(1, 1, 1, "C1", false, "  ", "beoordelaar", NOW))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("checklist.verdict.commentRequired");
    }
}
