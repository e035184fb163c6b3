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
    void shouldShipAPublishedChecklistWhoseItemsDependOnLoginMeansAndEenmaligInloggen() {
        ChecklistDefinition current = checklists.current().orElseThrow();

        assertThat(current.getLabel()).isEqualTo("2026.1");
        assertThat(current.isPublished()).isTrue();
        List<String> eHerkenningOnly = current.applicableItems(Set.of(LoginMeans.EHERKENNING), false)
                .stream().map(ChecklistItem::code).toList();
        List<String> digidWithEenmalig = current.applicableItems(Set.of(LoginMeans.DIGID), true)
                .stream().map(ChecklistItem::code).toList();
        assertThat(eHerkenningOnly).contains("C1", "H1", "B1").doesNotContain("D1", "C2", "E1", "I1");
        assertThat(digidWithEenmalig).contains("D1", "D2", "C2", "C3", "E1", "E2").doesNotContain("H1", "I1");
        assertThat(current.item("C2").orElseThrow().text(Locale.ENGLISH)).contains("ALB list");
        assertThat(current.item("C2").orElseThrow().text(Locale.forLanguageTag("nl"))).contains("ALB-lijst");
    }

    @Test
    void shouldNeverChangeAPublishedChecklistButLetANewDraftBecomeCurrent() {
        ChecklistDefinition published = checklists.current().orElseThrow();
        assertThatThrownBy(() -> published.replaceItems(published.items()))
                .isInstanceOf(InvalidApplicationException.class)
                .extracting(e -> ((InvalidApplicationException) e).messageKey()).isEqualTo("checklist.invalid.published");

        db.inTransaction(em -> {
            ChecklistDefinition draft = ChecklistDefinition.draft("2027.1", published.items(), "beheerder", NOW);
            draft.publish("beheerder", NOW.plusSeconds(1));
            return checklists.save(draft);
        });

        assertThat(checklists.current().orElseThrow().getLabel()).isEqualTo("2027.1");
        assertThat(checklists.all()).extracting(ChecklistDefinition::getLabel).containsExactly("2027.1", "2026.1");
    }

    @Test
    void shouldRefuseADraftWithTwoItemsOfTheSameCode() {
        List<ChecklistItem> twice = List.of(
                new ChecklistItem(1, "X1", ChecklistApplicability.ALWAYS, "Een", "One"),
                new ChecklistItem(2, "X1", ChecklistApplicability.DIGID, "Twee", "Two"));

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
