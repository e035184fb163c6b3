package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationAdministrationTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final PublicationAdministration publications = new PublicationAdministration(new ChecklistRepository(bed.em),
            new TermsRepository(bed.em), new Auditor(new AuditTrail(bed.em), bed.clock), bed.clock);
    private final SignedInUser henk = new SignedInUser("henk", "Henk", Set.of(Role.ADMIN_NAME), null, null, null);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void shouldCopyTheCurrentChecklistIntoADraftEditItAndPublishItForNewApplicationsOnly() {
        String before = bed.inTransaction(() -> publications.checklistVersions(henk)).stream()
                .filter(PublicationVersionView::current).findFirst().orElseThrow().label();
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(ServiceTestBed.anne(), ServiceTestBed.validContent()));

        bed.inTransaction(() -> publications.newChecklistDraft(henk, "2027.1"));
        List<ChecklistItemInput> items = new ArrayList<>(bed.inTransaction(() -> publications.checklistItems(henk, "2027.1")));
        items.add(new ChecklistItemInput("Z9", "DIGID", "Is de DigiD-knop volgens de huisstijl?", "Does the DigiD button follow the style guide?")
                .withOrigin("PRODUCTION", "Huisstijl DigiD", "2026", "https://www.logius.nl/digid-huisstijl", false));
        ChecklistItemInput t3 = items.stream().filter(i -> i.getCode().equals("T3")).findFirst().orElseThrow();
        assertThat(t3.isProvisional()).isTrue();
        t3.setTextNl("Tekst van DICTU: annuleren leidt terug naar de webdienst met een melding.");
        t3.setProvisional(false);
        bed.inTransaction(() -> publications.saveChecklistItems(henk, "2027.1", items));
        bed.inTransaction(() -> publications.publishChecklist(henk, "2027.1"));

        assertThat(bed.inTransaction(() -> publications.checklistVersions(henk))).filteredOn(PublicationVersionView::current)
                .singleElement().satisfies(v -> {
                    assertThat(v.label()).isEqualTo("2027.1");
                    assertThat(v.items()).isEqualTo(items.size());
                    assertThat(v.publishedBy()).isEqualTo("henk");
                });
        assertThat(bed.inTransaction(() -> bed.checklistQueries.checklistOf(ServiceTestBed.anne(), reference)).checklistLabel())
                .isEqualTo(before);
        ChecklistView published = bed.inTransaction(() -> bed.checklistQueries.currentChecklist());
        assertThat(published.items()).filteredOn(item -> item.code().equals("T3")).singleElement().satisfies(item -> {
            assertThat(item.provisional()).isFalse();
            assertThat(item.textNl()).startsWith("Tekst van DICTU");
        });
        assertThat(published.items()).filteredOn(item -> item.code().equals("Z9")).singleElement().satisfies(item -> {
            assertThat(item.phase()).isEqualTo(ChecklistPhase.PRODUCTION);
            assertThat(item.sourceUrl()).isEqualTo("https://www.logius.nl/digid-huisstijl");
        });
    }

    @Test
    void shouldRefuseAnItemWithoutASourceOrWithASourceAddressThatIsNotHttps() {
        bed.inTransaction(() -> publications.newChecklistDraft(henk, "2027.3"));
        List<ChecklistItemInput> items = new ArrayList<>(bed.inTransaction(() -> publications.checklistItems(henk, "2027.3")));
        items.get(0).setSourceUrl("http://www.logius.nl/checklist");

        assertThatThrownBy(() -> bed.inTransaction(() -> publications.saveChecklistItems(henk, "2027.3", items)))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("checklist.invalid.sourceUrl");
                    assertThat(e.field()).isEqualTo("sourceUrl");
                });
        assertThatThrownBy(() -> bed.inTransaction(() -> publications.saveChecklistItems(henk, "2027.3",
                List.of(new ChecklistItemInput("A1", "ALWAYS", "x", "y")))))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checklist.invalid.sourceTitle"));
        assertThat(bed.inTransaction(() -> publications.checklistItems(henk, "2027.3"))).extracting(ChecklistItemInput::getSourceUrl)
                .first().asString().startsWith("https://");
    }

    @Test
    void shouldNeverEditAPublishedVersionAndExplainBadItems() {
        String current = bed.inTransaction(() -> publications.checklistVersions(henk)).get(0).label();

        assertThatThrownBy(() -> bed.inTransaction(() -> publications.saveChecklistItems(henk, current,
                List.of(new ChecklistItemInput("A1", "ALWAYS", "x", "y")))))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.messageKey()).isEqualTo("checklist.invalid.published"));
        bed.inTransaction(() -> publications.newChecklistDraft(henk, "2027.2"));
        assertThatThrownBy(() -> bed.inTransaction(() -> publications.saveChecklistItems(henk, "2027.2",
                List.of(new ChecklistItemInput("A1", "ALWAYS", "", "y").withOrigin("PREPRODUCTION", "Bron", null, null, false)))))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.messageKey()).isEqualTo("checklist.invalid.text"));
        assertThatThrownBy(() -> bed.inTransaction(() -> publications.newChecklistDraft(henk, "2027.2")))
                .satisfies(e -> assertThat(((ApplicationServiceException) e).messageKey()).isEqualTo("admin.publication.labelTaken"));
    }

    @Test
    void shouldPublishNewTermsFromADraftOfTheCurrentText() {
        bed.inTransaction(() -> publications.newTermsDraft(henk, "2027.1"));
        bed.inTransaction(() -> publications.saveTermsText(henk, "2027.1", "Nieuwe voorwaarden.", "New terms."));
        bed.inTransaction(() -> publications.publishTerms(henk, "2027.1"));

        assertThat(bed.inTransaction(() -> bed.checklistQueries.currentTerms()).label()).isEqualTo("2027.1");
        assertThatThrownBy(() -> bed.inTransaction(() -> publications.saveTermsText(henk, "2027.1", "Anders.", "Other.")))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.messageKey()).isEqualTo("terms.invalid.published"));
    }
}
